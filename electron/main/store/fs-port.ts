import * as fs from 'node:fs'
import { promisify } from 'node:util'

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

const fd = {
  open: promisify(fs.open),
  writeFile: promisify(fs.writeFile),
  fsync: promisify(fs.fsync),
  close: promisify(fs.close)
}

/** An open file as a bare descriptor: lighter than node:fs/promises' FileHandle, and always closed by the store. */
const descriptorHandle = (descriptor: number): FileHandlePort => ({
  // Successive writes on one descriptor go on from the current position.
  writeFile: (data) => fd.writeFile(descriptor, data),
  sync: () => fd.fsync(descriptor),
  close: () => fd.close(descriptor)
})

/**
 * Node's callback functions, promisified: node:fs/promises costs main-thread time for each call
 * (its readFile reads in several awaited steps), and a large practice makes hundreds at open and
 * about twenty per save, so the callback form opens and saves sooner for the same disk work.
 */
export const nodeFs: FsPort = {
  readFile: promisify(fs.readFile) as (path: string) => Promise<Buffer>,
  open: async (path, flags, mode) => descriptorHandle(await fd.open(path, flags, mode)),
  rename: promisify(fs.rename),
  unlink: promisify(fs.unlink),
  mkdir: promisify(fs.mkdir),
  chmod: promisify(fs.chmod),
  readdir: promisify(fs.readdir) as (path: string) => Promise<string[]>,
  stat: promisify(fs.stat) as (path: string) => Promise<fs.Stats>,
  link: promisify(fs.link),
  copyFile: promisify(fs.copyFile) as (from: string, to: string) => Promise<void>,
  rm: promisify(fs.rm)
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
