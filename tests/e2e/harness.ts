import { test as base, expect } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { library } from '../../shared/library'
import { pdfmakeReady } from '../../electron/main/handout'
import { createServices, type Services } from '../../electron/main/services'
import { standInVault, type StandInSystem } from '../../electron/main/store/crypto/key-vault'
import { recordingDesktop, type RecordingDesktop } from './recording-desktop'
import { bridgeToMain } from './bridge'
import { waitForRouteOnGoto } from './route-wait'

export const test = base.extend<{ services: Services; desktop: RecordingDesktop; keychain: StandInSystem; firstStart: boolean }, { handoutRenderer: void }>({
  // The app loads pdfmake once its window is up; each worker does the same before its first test.
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixture argument to be destructured
  handoutRenderer: [async ({}, use) => { await pdfmakeReady(); await use() }, { scope: 'worker', auto: true }],
  // A goto that only changes the hash redraws the page later (route chunks load lazily); until then
  // the old page is on screen and answers locators meant for the new one.
  page: async ({ page, baseURL }, use) => {
    waitForRouteOnGoto(page, baseURL!)
    await use(page)
  },
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
      await services.store.privacy.takeRecoveryKey()
    }
    await bridgeToMain(page, services, new URL(baseURL!))
    await use(services)
    rmSync(dataDir, { recursive: true, force: true })
  }, { auto: true }]
})

export { expect }
