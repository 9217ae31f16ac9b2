import * as fsp from 'node:fs/promises'

/** The file operations the store uses. Tests inject failures (ENOSPC, EACCES) through this port. */
export interface FileHandlePort {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export interface FsPort {
  readFile(path: string): Promise<Buffer>
  open(path: string, flags: string): Promise<FileHandlePort>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<{ size: number; mtimeMs: number; isDirectory(): boolean }>
  link(existing: string, created: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  rm(path: string, options: { recursive: true; force: true }): Promise<void>
}

export const nodeFs: FsPort = {
  readFile: (path) => fsp.readFile(path),
  open: (path, flags) => fsp.open(path, flags),
  rename: fsp.rename,
  unlink: fsp.unlink,
  mkdir: fsp.mkdir,
  readdir: (path) => fsp.readdir(path),
  stat: fsp.stat,
  link: fsp.link,
  copyFile: (from, to) => fsp.copyFile(from, to),
  rm: fsp.rm
}

export const errnoOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined

export const isMissing = (error: unknown): boolean => errnoOf(error) === 'ENOENT'

export async function readIfExists(fs: FsPort, path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path)
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

export async function listIfExists(fs: FsPort, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir)
  } catch (error) {
    if (isMissing(error)) return []
    throw error
  }
}
