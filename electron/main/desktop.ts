import { AppError } from '../../shared/ipc/result'

export interface FileFilter {
  name: string
  extensions: string[]
}

/**
 * What the main process asks of the desktop: native file dialogs, opening a file in its
 * default app, printing. Electron implements it in desktop-electron.ts; tests use a
 * stand-in that answers like a clinician would.
 */
export interface Desktop {
  /** The chosen path, or null when the dialog was cancelled. */
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  openPath(path: string): Promise<void>
  printPdf(path: string): Promise<void>
  /** A native error message box (e.g. the app cannot start); resolves when it is closed. */
  showError(title: string, message: string): Promise<void>
}

const unavailable = (): never => {
  throw new AppError('internal', 'This action needs the desktop app.')
}

/** For contexts without a desktop (the CLI, unit tests): every request is refused plainly. */
export const noDesktop: Desktop = {
  chooseSavePath: async () => unavailable(),
  chooseOpenPath: async () => unavailable(),
  openPath: async () => unavailable(),
  printPdf: async () => unavailable(),
  showError: async () => unavailable()
}

export const pdfFilter: FileFilter = { name: 'PDF document', extensions: ['pdf'] }
export const backupFileFilter: FileFilter = { name: 'PhysioPlan data', extensions: ['physioplan', 'json'] }

/** A file name that every desktop accepts: no path separators, reserved or control characters. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '')
  return cleaned.slice(0, 120) || 'PhysioPlan'
}
