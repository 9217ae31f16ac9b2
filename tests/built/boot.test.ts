import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../electron/main/csp'
import { channelOf, methodNames } from '../../shared/ipc/methods'
import { appPage, builtMain, BuiltMainProcess, repoRoot } from './support/built-main'

// Loads what ships (out/main/index.js, built by `npm run build`) in Node, with `electron`
// resolved to the stand-in, and checks what it asked of Electron.
const csp = contentSecurityPolicy()

describe('the built main process', () => {
  let main: BuiltMainProcess

  beforeAll(async () => {
    expect(existsSync(builtMain), 'out/main/index.js is missing: run `npm run build` first').toBe(true)
    main = await BuiltMainProcess.boot()
  })
  afterAll(() => main?.close())

  it('opens one hidden window with the security options and a preload that exists', () => {
    const { windows, exitCode } = main.booted
    expect(exitCode).toBeNull()
    expect(windows).toHaveLength(1)
    const prefs = windows[0]!.options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(resolve(String(prefs.preload))).toBe(join(repoRoot, 'out/preload/index.cjs'))
    expect(existsSync(String(prefs.preload)), `preload ${prefs.preload}`).toBe(true)
    expect(windows[0]!.options.show).toBe(false)
  })

  it('starts Chromium in British English, so date fields read day/month/year', () => {
    expect(main.booted.switches).toEqual({ lang: 'en-GB' })
  })

  it('loads the built page through its own app:// protocol, registered as standard and secure, its compiled scripts kept between starts', async () => {
    expect(main.booted.windows[0]!.loaded).toEqual(['app://physioplan/index.html'])
    expect(main.booted.privilegedSchemes).toContainEqual({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) })
    expect(main.booted.protocols).toEqual(['app'])

    const page = await main.fetch('app://physioplan/index.html')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toBe(csp)
    const html = Buffer.from(page.body).toString('utf8')
    const script = html.match(/<script[^>]+src="([^"]+)"/)![1]!
    const asset = await main.fetch(new URL(script, 'app://physioplan/index.html').href)
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await main.fetch('app://physioplan/../main/index.js')).status).toBe(404)
    expect((await main.fetch('app://physioplan/%2e%2e/main/index.js')).status).toBe(404)
  })

  it('installs the CSP header and denies every permission', () => {
    const session = main.booted.sessions.find((s) => s.name === 'default')!
    expect(session.headerCsp).toBe(csp)
    expect(session.permissionRequestGranted).toBe(false)
    expect(session.permissionCheckGranted).toBe(false)
  })

  it('keeps the window on the app: navigation away, new windows and webviews are refused', () => {
    const window = main.booted.windows[0]!
    expect(window.navigation).toEqual({
      'app://physioplan/index.html#/clients': 'allowed',
      'app://physioplan/assets/x.js': 'allowed',
      'https://example.com/': 'blocked',
      'file:///etc/passwd': 'blocked',
      'app://other/index.html': 'blocked'
    })
    expect(window.newWindow).toEqual({ action: 'deny' })
    expect(window.webviewBlocked).toBe(true)
  })

  it('registers a handler for every contract method and nothing else', () => {
    expect([...main.booted.channels].sort()).toEqual(methodNames.map(channelOf).sort())
  })

  it('answers a call from the app page and refuses any other frame', async () => {
    const info = (await main.invoke(channelOf('getAppInfo'), [])) as { ok: boolean; value: { name: string } }
    expect(info).toMatchObject({ ok: true, value: { name: 'PhysioPlan' } })
    expect(await main.invoke(channelOf('listClients'), [{}], appPage)).toMatchObject({ ok: true })

    for (const sender of [
      { url: 'app://physioplan/index.html', isMainFrame: false },
      { url: 'https://evil.example/', isMainFrame: true },
      { url: 'app://evil/index.html', isMainFrame: true },
      { url: 'file:///tmp/evil.html', isMainFrame: true },
      { url: 'app://physioplan/%E0%A4%A', isMainFrame: false },
      { url: 'not a url %', isMainFrame: true }
    ]) {
      expect(await main.invoke(channelOf('listClients'), [{}], sender), sender.url).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    }
  })

  it('prints from a hidden window that gets the same guards', async () => {
    const settings = (await main.invoke(channelOf('getSettings'), [])) as { value: { handout: Record<string, unknown> } }
    const printed = await main.invoke(channelOf('printHandout'), [{ kind: 'template', templateId: 'yoga-for-back-pain' }, settings.value.handout])
    expect(printed).toMatchObject({ ok: true })
    const report = await main.report()
    const print = report.windows[1]!
    expect(print.session).toBe('physioplan-print')
    expect(print.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(print.loaded).toHaveLength(1)
    expect(print.loaded[0]).toMatch(/^file:\/\/.*\.pdf$/)
    expect(Object.values(print.navigation)).toEqual(['blocked', 'blocked', 'blocked', 'blocked', 'blocked'])
    expect(print.newWindow).toEqual({ action: 'deny' })
    expect(print.destroyed).toBe(true)
    const printSession = report.sessions.find((s) => s.name === 'physioplan-print')!
    expect(printSession.permissionRequestGranted).toBe(false)
    expect(printSession.permissionCheckGranted).toBe(false)
  })
})

describe('the built main process when the data folder cannot be used', () => {
  const temp = mkdtempSync(join(tmpdir(), 'physioplan-built-fail-'))
  afterAll(() => rmSync(temp, { recursive: true, force: true }))

  it('shows a native dialog naming the folder, opens no window and exits', async () => {
    const blocker = join(temp, 'not-a-folder')
    writeFileSync(blocker, 'a file where the data folder should be')
    const dataDir = join(blocker, 'data')
    const main = await BuiltMainProcess.boot({ dataDir })
    try {
      expect(main.booted.windows).toHaveLength(0)
      expect(main.booted.exitCode).toBe(1)
      expect(main.booted.dialogs).toHaveLength(1)
      const { options } = main.booted.dialogs[0]!
      expect(options.title).toBe('PhysioPlan cannot open its data folder')
      expect(options.detail).toContain(dataDir)
      expect(options.detail).toContain('--data-dir')
      expect(readFileSync(blocker, 'utf8')).toBe('a file where the data folder should be')
    } finally {
      await main.close()
    }
  })

  it('refuses a second app on a folder in use, naming the holder', async () => {
    const dataDir = join(temp, 'shared')
    const first = await BuiltMainProcess.boot({ dataDir })
    try {
      expect(first.booted.windows).toHaveLength(1)
      const second = await BuiltMainProcess.boot({ dataDir })
      try {
        expect(second.booted.windows).toHaveLength(0)
        expect(second.booted.exitCode).toBe(1)
        const detail = second.booted.dialogs[0]!.options.detail!
        expect(detail).toMatch(/already in use by PhysioPlan on computer ".+" \(process \d+\)/)
        expect(detail).toContain(dataDir)
      } finally {
        await second.close()
      }
      expect(await first.invoke(channelOf('createClient'), [{ givenName: 'Ana', familyName: 'Silva', conditions: [], surgeonRestrictions: '', notes: '' }])).toMatchObject({ ok: true })
    } finally {
      await first.close()
    }
  })
})
