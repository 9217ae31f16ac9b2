import { AppError } from '../../shared/ipc/result'
import type { Desktop } from './desktop'
import { errnoOf } from './store/fs-port'
import { createServices, type ServiceConfig, type Services } from './services'

export const STARTUP_ERROR_TITLE = 'PhysioPlan cannot open its data folder'

/** What went wrong with the data folder, in words a clinician can act on. */
export function startupProblem(dataDir: string, error: unknown): string {
  const where = `Data folder: ${dataDir}`
  if (error instanceof AppError && error.code === 'conflict') return `${error.message}\n\n${where}`
  const code = errnoOf(error)
  const reason =
    code === 'EACCES' || code === 'EPERM' ? 'PhysioPlan is not allowed to read or write this folder.'
    : code === 'EROFS' ? 'This folder is on a read-only disk.'
    : code === 'ENOSPC' || code === 'EDQUOT' ? 'The disk that holds this folder is full.'
    : code === 'ENOTDIR' || code === 'EEXIST' ? 'A file is in the way: the folder cannot be created there.'
    : code === 'ENOENT' ? 'The folder, or the drive it is on, cannot be found.'
    : `The folder could not be opened (${error instanceof Error ? error.message : String(error)}).`
  return (
    `${reason}\n\n${where}\n\n` +
    'Check that the drive is connected and that you may write to the folder, then start PhysioPlan again. ' +
    'To use another folder, start PhysioPlan with --data-dir=<folder>. Nothing has been changed.'
  )
}

/**
 * Creates the services and opens the store (which takes the folder's lock). When the data
 * folder cannot be used, says so in a native dialog and returns null: the caller then exits.
 */
export async function openServices(config: ServiceConfig, desktop: Desktop): Promise<Services | null> {
  try {
    const services = createServices(config, desktop)
    await services.store.open()
    return services
  } catch (error) {
    await desktop.showError(STARTUP_ERROR_TITLE, startupProblem(config.dataDir, error))
    return null
  }
}
