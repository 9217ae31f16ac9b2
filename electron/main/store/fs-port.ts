import * as fsp from 'node:fs/promises'

/** The file operations the store uses. Tests inject failures (ENOSPC, EACCES) through this port. */
export interface FileHandlePort {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export interface FsPort {
  readFile(path: string): Promise<Buffer>
  open(path: string, flags: string, mode?: number): Promise<FileHandlePort>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  mkdir(path: string, options: { recursive: true; mode?: number }): Promise<unknown>
  chmod(path: string, mode: number): Promise<void>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<{ size: number; mtimeMs: number; isDirectory(): boolean }>
  link(existing: string, created: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  rm(path: string, options: { recursive: true; force: true }): Promise<void>
}

export const nodeFs: FsPort = {
  readFile: (path) => fsp.readFile(path),
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: fsp.rename,
  unlink: fsp.unlink,
  mkdir: fsp.mkdir,
  chmod: fsp.chmod,
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

/** Owner-only: other accounts on the computer can neither list nor read the records. */
export const privateDirMode = 0o700
export const privateFileMode = 0o600

/** Makes a folder (and its parents) owner-only, tightening one that already exists. */
export async function makePrivateDir(fs: FsPort, dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: privateDirMode })
  if (process.platform !== 'win32') await fs.chmod(dir, privateDirMode)
}
