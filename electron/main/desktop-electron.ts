import { BrowserWindow, dialog, shell } from 'electron'
import { pathToFileURL } from 'node:url'
import { AppError } from '../../shared/ipc/result'
import type { Desktop } from './desktop'
import { secureWebPreferences } from './window-options'

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
    printPdf(path) {
      // Chromium's PDF viewer renders the file; printing it shows the system print dialog.
      const window = new BrowserWindow({ show: false, webPreferences: { ...secureWebPreferences(''), preload: undefined, plugins: true } })
      return new Promise((resolve, reject) => {
        window.webContents.once('did-finish-load', () => {
          window.webContents.print({}, (success, reason) => {
            window.destroy()
            if (success || reason === 'cancelled') resolve()
            else reject(new AppError('io-error', `The handout could not be printed: ${reason}`))
          })
        })
        window.loadURL(pathToFileURL(path).href).catch((error: unknown) => {
          window.destroy()
          reject(error)
        })
      })
    }
  }
}
