import { test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { library } from '../../shared/library'
import { methodNames } from '../../shared/ipc/methods'
import { createDispatcher } from '../../electron/main/dispatcher'
import { createHandlers } from '../../electron/main/handlers'
import { pdfmakeReady } from '../../electron/main/handout'
import { createServices, type Services } from '../../electron/main/services'
import { isTrustedSender } from '../../electron/main/trusted-sender'
import { standInVault, type StandInSystem } from '../../electron/main/store/crypto/key-vault'
import { recordingDesktop, type RecordingDesktop } from './recording-desktop'
import { fromWire, toWire } from './wire'

/**
 * Electron's binary cannot be fetched on build machines, so the page runs in Chromium
 * and `window.api` forwards every call to the real main-process dispatcher, running
 * here against a fresh data folder. Only Electron's own transport is not exercised.
 * Arguments are structured-cloned first, as Electron does (so a Vue proxy fails here too),
 * and Uint8Arrays are carried across as base64.
 */
async function bridgeToMain(page: Page, services: Services, appEntry: URL) {
  const dispatch = createDispatcher(createHandlers(services))
  await page.exposeBinding('__physioplanInvoke', async (source, name: unknown, args: unknown) => {
    const sender = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }
    const result = await dispatch(name, Array.isArray(args) ? args.map(fromWire) : [], isTrustedSender(sender, appEntry))
    return toWire(result)
  })
  // Injected as script text through the DevTools protocol, which the page's CSP does not govern.
  await page.addInitScript({
    content: `(() => {
      const toWire = ${toWire.toString()};
      const fromWire = ${fromWire.toString()};
      const invoke = window.__physioplanInvoke;
      const api = {};
      for (const name of ${JSON.stringify(methodNames)}) {
        api[name] = async (...args) => fromWire(await invoke(name, args.map((arg) => toWire(structuredClone(arg)))));
      }
      Object.defineProperty(window, 'api', { value: Object.freeze(api) });
    })()`
  })
}

export const test = base.extend<{ services: Services; desktop: RecordingDesktop; keychain: StandInSystem; firstStart: boolean }, { handoutRenderer: void }>({
  // The app loads pdfmake once its window is up; each worker does the same before its first test.
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixture argument to be destructured
  handoutRenderer: [async ({}, use) => { await pdfmakeReady(); await use() }, { scope: 'worker', auto: true }],
  /** false (default): the practice was set up before and its recovery key already shown, as on every start but the first. */
  firstStart: [false, { option: true }],
  /** Which computer's keychain the app finds: a real one by default; 'linux-basic-text' asks for a passphrase. */
  keychain: ['macos-keychain', { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixture argument to be destructured
  desktop: async ({}, use) => {
    const home = mkdtempSync(join(tmpdir(), 'physioplan-e2e-home-'))
    await use(recordingDesktop(home))
    rmSync(home, { recursive: true, force: true })
  },
  // Automatic: every page gets the bridge, whether or not the test names the services.
  services: [async ({ page, baseURL, desktop, keychain, firstStart }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'physioplan-e2e-'))
    const config = { dataDir, appName: 'PhysioPlan', appVersion: '0.0.0-e2e', builtInTemplates: [...library.templates], vault: standInVault(keychain, dataDir) }
    const services = createServices(config, desktop)
    if (!firstStart && keychain !== 'linux-basic-text') {
      await services.store.open()
      services.store.privacy.takeRecoveryKey()
    }
    await bridgeToMain(page, services, new URL(baseURL!))
    await use(services)
    rmSync(dataDir, { recursive: true, force: true })
  }, { auto: true }]
})

export { expect }
