// A stand-in for the `electron` module, for loading the BUILT main bundle in plain Node
// (see resolve-electron.mjs). It behaves like Electron where main depends on it (ready only
// when told, one handler per channel, schemes registered before ready) and records every
// request, so the tests can check what main asked of Electron.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { Buffer } from 'node:buffer'
import { EventEmitter } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const userData = process.env.PHYSIOPLAN_STANDIN_USER_DATA ?? mkdtempSync(join(tmpdir(), 'physioplan-standin-'))

export const record = {
  windows: [],
  handlers: new Map(),
  privilegedSchemes: [],
  switches: {},
  protocolHandlers: new Map(),
  sessions: new Map(),
  dialogs: [],
  menu: null,
  exitCode: null,
  quitCalls: 0,
  readyAt: null
}

let makeReadyNow
const ready = new Promise((resolve) => (makeReadyNow = resolve))
let isReady = false

/** Resolves `app.whenReady()`, as Electron does once it has started. */
export function makeReady() {
  isReady = true
  record.readyAt = performance.now()
  makeReadyNow()
}

function newSession(name) {
  const s = {
    name,
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    headersReceived: null,
    setPermissionRequestHandler: (handler) => void (s.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler) => void (s.permissionCheckHandler = handler),
    webRequest: { onHeadersReceived: (handler) => void (s.headersReceived = handler) },
    protocol: { handle: (scheme, handler) => record.protocolHandlers.set(scheme, handler) }
  }
  record.sessions.set(name, s)
  return s
}

export const session = {
  defaultSession: newSession('default'),
  fromPartition: (partition) => record.sessions.get(partition) ?? newSession(partition)
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    record.privilegedSchemes.push(...schemes)
  },
  handle(scheme, handler) {
    if (!isReady) throw new Error('protocol.handle is only available once the app is ready')
    if (record.protocolHandlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`)
    record.protocolHandlers.set(scheme, handler)
  }
}

class WebContents extends EventEmitter {
  windowOpenHandler = null
  session = session.defaultSession
  printed = []
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler
  }
  print(options, callback) {
    this.printed.push(options)
    callback(true, '')
  }
}

export class BrowserWindow extends EventEmitter {
  loaded = []
  destroyed = false
  constructor(options = {}) {
    if (!isReady) throw new Error('Cannot create BrowserWindow before app is ready')
    super()
    this.options = options
    this.webContents = new WebContents()
    if (options.webPreferences?.session) this.webContents.session = options.webPreferences.session
    this.createdAt = performance.now()
    record.windows.push(this)
  }
  loadURL(url) {
    this.loaded.push(url)
    setImmediate(() => this.webContents.emit('did-finish-load'))
    return Promise.resolve()
  }
  show() {}
  maximize() {}
  restore() {}
  focus() {}
  isMaximized() { return false }
  isMinimized() { return false }
  getNormalBounds() { return { x: 0, y: 0, width: 1280, height: 800 } }
  destroy() { this.destroyed = true }
}

export const app = Object.assign(new EventEmitter(), {
  whenReady: () => ready,
  isReady: () => isReady,
  requestSingleInstanceLock: () => true,
  commandLine: { appendSwitch(name, value = '') { record.switches[name] = value } },
  getPath: (name) => join(userData, name === 'userData' ? '' : name),
  getName: () => 'PhysioPlan',
  getVersion: () => process.env.PHYSIOPLAN_STANDIN_VERSION ?? '0.0.0-stand-in',
  quit() { record.quitCalls++ },
  exit(code = 0) { record.exitCode = code }
})

export const ipcMain = {
  handle(channel, handler) {
    if (record.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    record.handlers.set(channel, handler)
  }
}

export const dialog = {
  async showMessageBox(...args) {
    record.dialogs.push({ kind: 'message', options: args.at(-1) })
    return { response: 0, checkboxChecked: false }
  },
  showErrorBox(title, content) {
    record.dialogs.push({ kind: 'error', options: { title, message: content } })
  },
  async showSaveDialog(...args) {
    record.dialogs.push({ kind: 'save', options: args.at(-1) })
    return { canceled: true }
  },
  async showOpenDialog(...args) {
    record.dialogs.push({ kind: 'open', options: args.at(-1) })
    return { canceled: true, filePaths: [] }
  }
}

// Behaves like a real OS keychain (macOS Keychain, Windows DPAPI, libsecret): the secret is sealed
// with a key this "computer" keeps, and only this computer opens it.
const keychainKey = createHash('sha256').update('the keychain of this stand-in computer').digest()
export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString(text) {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', keychainKey, iv)
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body])
  },
  decryptString(sealed) {
    const decipher = createDecipheriv('aes-256-gcm', keychainKey, sealed.subarray(0, 12))
    decipher.setAuthTag(sealed.subarray(12, 28))
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8')
  }
}

export const shell = { openPath: async () => '' }
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] }
export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => void (record.menu = menu)
}

export default { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell }
