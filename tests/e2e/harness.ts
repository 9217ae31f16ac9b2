import { test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { library } from '../../shared/library'
import { methodNames } from '../../shared/ipc/methods'
import { createDispatcher } from '../../electron/main/dispatcher'
import { createHandlers } from '../../electron/main/handlers'
import { createServices, type Services } from '../../electron/main/services'
import { isTrustedSender } from '../../electron/main/trusted-sender'

/**
 * Electron's binary cannot be fetched on build machines, so the page runs in Chromium
 * and `window.api` forwards every call to the real main-process dispatcher, running
 * here against a fresh data folder. Only Electron's own transport is not exercised.
 */
async function bridgeToMain(page: Page, services: Services, appEntry: URL) {
  const dispatch = createDispatcher(createHandlers(services))
  await page.exposeBinding('__physioplanInvoke', async (source, name: unknown, args: unknown) => {
    const sender = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }
    return dispatch(name, Array.isArray(args) ? args : [], isTrustedSender(sender, appEntry))
  })
  await page.addInitScript((names: readonly string[]) => {
    const invoke = (window as unknown as { __physioplanInvoke: (n: string, a: unknown[]) => Promise<unknown> }).__physioplanInvoke
    const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
    for (const name of names) api[name] = (...args) => invoke(name, args)
    Object.defineProperty(window, 'api', { value: Object.freeze(api) })
  }, methodNames)
}

export const test = base.extend<{ services: Services }>({
  services: async ({ page, baseURL }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'physioplan-e2e-'))
    const services = createServices({ dataDir, appName: 'PhysioPlan', appVersion: '0.0.0-e2e', builtInTemplates: [...library.templates] })
    await bridgeToMain(page, services, new URL(baseURL!))
    await use(services)
    rmSync(dataDir, { recursive: true, force: true })
  }
})

export { expect }
