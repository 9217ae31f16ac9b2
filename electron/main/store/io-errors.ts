import { AppError } from '../../../shared/ipc/result'
import { errnoOf } from './fs-port'

/** Turns a failed file operation into a sentence the clinician can act on. */
export function saveError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const code = errnoOf(error)
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('disk-full', 'The disk is full. Your last change was not saved; the previous version is kept.')
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError(
      'permission-denied',
      'PhysioPlan is not allowed to write to its data folder. Your last change was not saved; the previous version is kept.'
    )
  }
  return new AppError('io-error', 'Your last change could not be saved to disk. The previous version is kept; please try again.')
}

export function readError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const code = errnoOf(error)
  if (code === 'EACCES' || code === 'EPERM') {
    return new AppError('permission-denied', 'PhysioPlan is not allowed to read its data folder.')
  }
  return new AppError('io-error', 'A file in the data folder could not be read; please try again.')
}

/** The folder itself refuses writes (a read-only drive or share, or no write permission). */
export const isReadOnlyError = (error: unknown): boolean => ['EROFS', 'EACCES', 'EPERM'].includes(errnoOf(error) ?? '')

export function readOnlyError(): AppError {
  return new AppError(
    'read-only',
    'Your data folder is read-only, so PhysioPlan opened it read-only: every record can be read, but no change can be saved. Ask whoever manages this computer to make the folder writable, then restart PhysioPlan.'
  )
}
