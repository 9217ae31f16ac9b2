import { test as base, expect } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { fromWire, toWire } from '../e2e/wire'
import { asAppUrl, serveThroughAppProtocol } from './support/app-server'
import { BuiltMainProcess } from './support/built-main'

/**
 * What ships, end to end: the built page served by the built main's app:// handler, the
 * BUILT preload (the file main names in webPreferences.preload) run in the page against a
 * stand-in contextBridge/ipcRenderer, whose invoke reaches the handlers the built main registered.
 */
const test = base.extend<object, { built: { main: BuiltMainProcess; origin: string } }>({
  built: [async ({}, use) => { // eslint-disable-line no-empty-pattern -- Playwright requires the destructuring
    const main = await BuiltMainProcess.boot()
    const server = await serveThroughAppProtocol(main)
    await use({ main, origin: server.origin })
    await server.close()
    await main.close()
  }, { scope: 'worker' }]
})

test.beforeEach(async ({ page, built }) => {
  const { main, origin } = built
  const preloadPath = String(main.booted.windows[0]!.options.webPreferences.preload)
  const preload = readFileSync(preloadPath, 'utf8')
  await page.exposeBinding('__electronIpcInvoke', async (source, channel: string, args: unknown[]) => {
    const sender = { url: asAppUrl(source.frame.url(), origin), isMainFrame: source.frame === source.page.mainFrame() }
    return toWire(await main.send(channel, args.map(fromWire), sender))
  })
  // A sandboxed preload is CommonJS that may require only 'electron'; Electron structured-clones the arguments.
  await page.addInitScript({
    content: `(() => {
      const toWire = ${toWire.toString()};
      const fromWire = ${fromWire.toString()};
      const send = window.__electronIpcInvoke;
      const electron = {
        contextBridge: { exposeInMainWorld: (key, value) => Object.defineProperty(window, key, { value }) },
        ipcRenderer: { invoke: async (channel, ...args) => fromWire(await send(channel, args.map((arg) => toWire(structuredClone(arg))))) }
      };
      const require = (id) => {
        if (id === 'electron') return electron;
        throw new Error('A sandboxed preload cannot require ' + id);
      };
      const module = { exports: {} };
      (function (exports, require, module) {\n${preload}\n})(module.exports, require, module);
    })()`
  })
})

test('a clinician creates a client, starts a plan from a template and previews its handout in the built app', async ({ page, built }) => {
  // A cold main parses the fonts for the first handout; on a busy 2-core machine that takes seconds.
  test.setTimeout(120_000)
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())))
  await page.goto(`${built.origin}/index.html#/clients`)
  await expect(page.evaluate(() => typeof (window as unknown as { api?: unknown }).api)).resolves.toBe('object')

  // First start of a new practice: the recovery key is shown once, before anything else.
  const recovery = page.getByRole('region', { name: 'Recovery key' })
  await expect(recovery).toBeVisible()
  await recovery.getByRole('button', { name: 'I have kept it safe' }).click()
  await page.getByRole('button', { name: 'Add your first client' }).click()
  const dialog = page.getByRole('dialog', { name: 'New client' })
  await dialog.getByLabel('Given name').fill('Zoë')
  await dialog.getByLabel('Family name').fill('Built')
  await dialog.getByRole('button', { name: 'Create client' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Zoë Built' })).toBeVisible()

  await page.getByLabel('New plan from').selectOption({ label: 'Basic daily back routine (10–15 min)' })
  await page.getByRole('button', { name: 'Create plan' }).click()
  // The new plan opens in the builder.
  await expect(page.getByLabel('Plan title')).toHaveValue('Basic daily back routine (10–15 min)')
  await page.getByRole('button', { name: 'Preview handout' }).click()

  const pages = page.getByRole('document', { name: 'Handout preview' }).getByRole('img')
  await expect(page.getByText('Preview up to date')).toBeVisible({ timeout: 60_000 })
  await expect(pages.first(), problems.join('\n')).toBeVisible({ timeout: 30_000 })
  expect(await pages.count()).toBeGreaterThan(0)
  await page.screenshot({ path: 'test-results/screens/built-handout-preview.png' })
  expect(problems).toEqual([])

  const stored = (await built.main.invoke('physioplan:listClients', [{}])) as { ok: boolean; value: unknown }
  expect(JSON.stringify(stored.value)).toContain('Zoë')
})

test('a page from another origin gets no answers from main', async ({ page, built }) => {
  await page.route('http://elsewhere.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' }))
  await page.goto('http://elsewhere.test/')
  const answer = await page.evaluate(() => (window as unknown as { api: { listClients(q: object): Promise<unknown> } }).api.listClients({}))
  expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  void built
})
