import { app, ipcMain, Menu, protocol, session, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { APP_SCHEME, appEntryUrl, appProtocolHandler, appSchemePrivileges } from './app-protocol'
import { contentSecurityPolicy } from './csp'
import { resolveDataDir } from './data-dir'
import { createDispatcher } from './dispatcher'
import { createHandlers } from './handlers'
import { registerIpc } from './ipc'
import { menuTemplate } from './menu'
import { openServices } from './open-services'
import { denyAllPermissions, enforceCsp } from './security'
import { library } from '../../shared/library'
import { electronDesktop } from './desktop-electron'
import { warmUpHandoutRenderer } from './handout'
import { electronKeyVault } from './key-vault-electron'
import { isTrustedSender } from './trusted-sender'
import { createMainWindow, preloadPath } from './window'

// Must happen before the app is ready.
protocol.registerSchemesAsPrivileged([appSchemePrivileges])
// British English for Chromium's own widgets too: date fields read dd/mm/yyyy, not the US mm/dd/yyyy.
app.commandLine.appendSwitch('lang', 'en-GB')

const devServer = process.env.ELECTRON_RENDERER_URL
const appEntry = devServer ? new URL(devServer) : appEntryUrl()
const csp = contentSecurityPolicy({ devServerOrigin: devServer ? appEntry.origin : undefined })
const isAppUrl = (url: string) => isTrustedSender({ url, isMainFrame: true }, appEntry)

let mainWindow: BrowserWindow | null = null
const desktop = electronDesktop(() => mainWindow)

async function start() {
  const services = await openServices({
    dataDir: resolveDataDir(process.argv, process.env, app.getPath('userData')),
    appName: app.getName(),
    appVersion: app.getVersion(),
    builtInTemplates: () => [...library.templates],
    vault: electronKeyVault()
  }, desktop)
  if (!services) return app.exit(1)
  // Quitting waits for the store to reach the disk and let go of the folder.
  let closed = false
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    void services.store.close().catch((error: unknown) => console.error('Could not close the store cleanly', error)).finally(() => {
      closed = true
      app.quit()
    })
  })

  protocol.handle(APP_SCHEME, appProtocolHandler(join(__dirname, '../renderer'), csp))
  registerIpc(ipcMain, createDispatcher(createHandlers(services)), appEntry)
  denyAllPermissions(session.defaultSession)
  enforceCsp(session.defaultSession, csp)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, 'PhysioPlan')))

  const window = (mainWindow = createMainWindow({
    preloadPath: preloadPath(__dirname),
    appEntry,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    isAppUrl
  }))
  // Validated after the window exists: the page takes longer to start than the library does.
  setImmediate(() => void library.exercises)
  services.store.prepareDay().catch((error: unknown) => console.error('Could not take the daily snapshot at start-up', error))
  // pdfmake is loaded after the window, so start-up does not wait for it and the first preview is quick.
  window.once('ready-to-show', () => {
    warmUpHandoutRenderer().catch((error: unknown) => console.error('Could not prepare the handout renderer', error))
  })
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
}

// A second launch only brings the running window forward (it never opens the data folder).
if (app.requestSingleInstanceLock()) {
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('PhysioPlan could not start', error)
    app.exit(1)
  })
  app.on('window-all-closed', () => app.quit())
} else {
  app.quit()
}
