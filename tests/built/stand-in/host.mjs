// Boots a BUILT main bundle under the stand-in Electron and serves it to a test over the
// Node IPC channel: `fork(host.mjs, [mainPath], { execArgv: ['--import', register.mjs] })`.
// It reports what main asked of Electron, then answers requests as Electron would route them:
// IPC invocations from a frame, app:// fetches, header and permission checks, navigations.
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { makeReady, record } from './electron.mjs'

const [mainPath] = process.argv.slice(2)
const send = (message) => process.send(message)

async function settle() {
  const deadline = Date.now() + 15_000
  while (record.windows.length === 0 && record.exitCode === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  // Let a pending dialog or exit finish.
  await new Promise((resolve) => setTimeout(resolve, 20))
}

const probeUrls = ['app://physioplan/index.html#/clients', 'app://physioplan/assets/x.js', 'https://example.com/', 'file:///etc/passwd', 'app://other/index.html']

function navigationVerdicts(contents) {
  return Object.fromEntries(
    probeUrls.map((url) => {
      let prevented = false
      contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url)
      return [url, prevented ? 'blocked' : 'allowed']
    })
  )
}

function describeSession(s) {
  let granted = null
  s.permissionRequestHandler?.({}, 'media', (answer) => (granted = answer))
  let headers = null
  s.headersReceived?.({ url: 'app://physioplan/index.html', responseHeaders: { 'Content-Type': ['text/html'] } }, (answer) => (headers = answer.responseHeaders))
  return {
    name: s.name,
    permissionRequestGranted: granted,
    permissionCheckGranted: s.permissionCheckHandler ? s.permissionCheckHandler() : null,
    headerCsp: headers?.['Content-Security-Policy']?.[0] ?? null
  }
}

function report(loadStart) {
  return {
    mainLoadToWindowMs: record.windows[0] ? record.windows[0].createdAt - loadStart : null,
    exitCode: record.exitCode,
    quitCalls: record.quitCalls,
    privilegedSchemes: record.privilegedSchemes,
    switches: record.switches,
    protocols: [...record.protocolHandlers.keys()],
    channels: [...record.handlers.keys()],
    dialogs: record.dialogs,
    menuItems: record.menu?.template?.length ?? 0,
    sessions: [...record.sessions.values()].map(describeSession),
    windows: record.windows.map((window) => ({
      options: { ...window.options, webPreferences: { ...window.options.webPreferences, session: undefined } },
      loaded: window.loaded,
      session: window.webContents.session.name,
      destroyed: window.destroyed,
      navigation: navigationVerdicts(window.webContents),
      newWindow: window.webContents.windowOpenHandler?.({ url: 'https://example.com/' }) ?? null,
      webviewBlocked: (() => {
        let prevented = false
        window.webContents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {})
        return prevented
      })()
    }))
  }
}

async function answer(message) {
  if (message.type === 'invoke') {
    const handler = record.handlers.get(message.channel)
    if (!handler) throw new Error(`No handler for ${message.channel}`)
    const frame = { url: message.sender.url, parent: message.sender.isMainFrame ? null : {} }
    return handler({ senderFrame: frame, sender: {} }, ...message.args)
  }
  if (message.type === 'fetch') {
    const handler = record.protocolHandlers.get(new URL(message.url).protocol.slice(0, -1))
    if (!handler) return { status: 0, headers: {}, body: new Uint8Array() }
    const response = await handler(new Request(message.url, { method: message.method ?? 'GET' }))
    return { status: response.status, headers: Object.fromEntries(response.headers), body: new Uint8Array(await response.arrayBuffer()) }
  }
  if (message.type === 'report') return report(loadStart)
  throw new Error(`Unknown request ${message.type}`)
}

const loadStart = performance.now()
process.on('message', (message) => {
  answer(message).then(
    (value) => send({ id: message.id, value }),
    (error) => send({ id: message.id, error: String(error?.stack ?? error) })
  )
})

try {
  await import(pathToFileURL(mainPath).href)
  makeReady()
  await settle()
  send({ type: 'booted', report: report(loadStart) })
} catch (error) {
  send({ type: 'failed', error: String(error?.stack ?? error) })
}
