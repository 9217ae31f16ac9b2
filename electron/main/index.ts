import { app, ipcMain, Menu, session, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { contentSecurityPolicy } from './csp'
import { resolveDataDir } from './data-dir'
import { createDispatcher } from './dispatcher'
import { createHandlers } from './handlers'
import { registerIpc } from './ipc'
import { menuTemplate } from './menu'
import { denyAllPermissions, enforceCsp } from './security'
import { library } from '../../shared/library'
import { electronDesktop } from './desktop-electron'
import { electronKeyVault } from './key-vault-electron'
import { createServices } from './services'
import { isTrustedSender } from './trusted-sender'
import { createMainWindow, preloadPath } from './window'

if (!app.requestSingleInstanceLock()) app.quit()

const devServer = process.env.ELECTRON_RENDERER_URL
const appEntry = devServer ? new URL(devServer) : pathToFileURL(join(__dirname, '../renderer/index.html'))
const isAppUrl = (url: string) => isTrustedSender({ url, isMainFrame: true }, appEntry)

let mainWindow: BrowserWindow | null = null

app.whenReady().then(() => {
  const services = createServices({
    dataDir: resolveDataDir(process.argv, process.env, app.getPath('userData')),
    appName: app.getName(),
    appVersion: app.getVersion(),
    builtInTemplates: [...library.templates],
    vault: electronKeyVault()
  }, electronDesktop(() => mainWindow))
  registerIpc(ipcMain, createDispatcher(createHandlers(services)), appEntry)
  denyAllPermissions(session.defaultSession)
  enforceCsp(session.defaultSession, contentSecurityPolicy({ devServerOrigin: devServer ? appEntry.origin : undefined }))
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, 'PhysioPlan')))

  const window = (mainWindow = createMainWindow({
    preloadPath: preloadPath(__dirname),
    appEntry,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    isAppUrl
  }))
  services.store.prepareDay().catch((error: unknown) => console.error('Could not take the daily snapshot at start-up', error))
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
})

app.on('window-all-closed', () => app.quit())
