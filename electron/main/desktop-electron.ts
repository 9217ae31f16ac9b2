import { BrowserWindow, dialog, session, shell } from 'electron'
import { pathToFileURL } from 'node:url'
import { AppError } from '../../shared/ipc/result'
import type { Desktop } from './desktop'
import { denyAllPermissions, lockNavigation } from './security'
import { secureWebPreferences } from './window-options'

/** The hidden print window lives in its own in-memory session, with every permission denied. */
const PRINT_PARTITION = 'physioplan-print'

/** Native dialogs are attached to the app window so they open in front of it. */
export function electronDesktop(getWindow: () => BrowserWindow | null): Desktop {
  const parent = () => getWindow() ?? undefined
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const options = { title, defaultPath: defaultName, filters }
      const window = parent()
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] }
      const window = parent()
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async openPath(path) {
      const problem = await shell.openPath(path)
      if (problem) throw new AppError('io-error', `The file could not be opened: ${problem}`)
    },
    async showError(title, message) {
      await dialog.showMessageBox({ type: 'error', title, message: title, detail: message, buttons: ['Close'] })
    },
    printPdf(path) {
      // Chromium's PDF viewer renders the file; printing it shows the system print dialog.
      const fileUrl = pathToFileURL(path).href
      const printSession = session.fromPartition(PRINT_PARTITION)
      denyAllPermissions(printSession)
      const window = new BrowserWindow({
        show: false,
        webPreferences: { ...secureWebPreferences(''), preload: undefined, plugins: true, session: printSession }
      })
      // The same guards as the app window: it may show this one file and nothing else.
      lockNavigation(window.webContents, (url) => url === fileUrl)
      return new Promise((resolve, reject) => {
        window.webContents.once('did-finish-load', () => {
          window.webContents.print({}, (success, reason) => {
            window.destroy()
            if (success || reason === 'cancelled') resolve()
            else reject(new AppError('io-error', `The handout could not be printed: ${reason}`))
          })
        })
        window.loadURL(fileUrl).catch((error: unknown) => {
          window.destroy()
          reject(error)
        })
      })
    }
  }
}
