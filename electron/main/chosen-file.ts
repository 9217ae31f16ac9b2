import { readFile, stat, writeFile } from 'node:fs/promises'
import { AppError } from '../../shared/ipc/result'
import { errnoOf } from './store/fs-port'

/** Writes a file the clinician chose in a save dialog; a full disk or a locked folder gets a plain message. */
export async function writeChosenFile(path: string, data: Uint8Array | string, what: string): Promise<void> {
  try {
    await writeFile(path, data, { mode: 0o600 })
  } catch (error) {
    const code = errnoOf(error)
    if (code === 'ENOSPC' || code === 'EDQUOT') throw new AppError('disk-full', `The disk is full. The ${what} was not saved.`)
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new AppError('permission-denied', 'PhysioPlan may not write to that folder. Choose another folder.')
    }
    throw new AppError('io-error', `The ${what} could not be written. Please try again.`)
  }
}

/** Reads a file the clinician chose in an open dialog, refusing one larger than `maxBytes` before reading it. */
export async function readChosenFile(path: string, maxBytes: number, what: string): Promise<Buffer> {
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new AppError('invalid-input', `That is not a ${what}.`)
    if (info.size > maxBytes) throw new AppError('invalid-input', `That file is too large to be a ${what}. Nothing was imported.`)
    return await readFile(path)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('io-error', `The ${what} could not be read. Check the file and try again.`)
  }
}
