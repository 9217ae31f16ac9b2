import { readFileSync } from 'node:fs'
import { contentSecurityPolicy } from '../../electron/main/csp'
import { expect, test } from './harness'

test('the shell opens on Clients and every section is reachable from the rail', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()) })

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
  const rail = page.getByRole('navigation', { name: 'Main sections' })

  for (const [link, heading] of [['Library', 'Exercise library'], ['Templates', 'Templates'], ['Settings', 'Settings'], ['Clients', 'Clients']]) {
    await rail.getByRole('link', { name: link }).click()
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(rail.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page')
  }
  expect(errors).toEqual([])
})

test('Settings shows details answered by the real main-process handler', async ({ page, services }) => {
  await page.goto('/#/settings')
  await expect(page.getByTestId('app-version')).toHaveText('PhysioPlan 0.0.0-e2e')
  await expect(page.getByTestId('data-dir')).toHaveText(services.config.dataDir)
  await page.screenshot({ path: 'test-results/screens/settings.png' })
})

test('the rail is keyboard navigable with a visible focus ring', async ({ page }) => {
  await page.goto('/')
  // A Tab pressed before the page has drawn its rail would be lost.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const focused = page.locator(':focus')
  await expect(focused).toHaveText('Library')
  // A solid 3 px ring in --focus-ring (#0a5f63): 7.3:1 against white, where WCAG asks 3:1.
  expect(await focused.evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth, getComputedStyle(el).outlineColor])).toEqual(['solid', '3px', 'rgb(10, 95, 99)'])
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible()
})

test('the built page carries the strict Content-Security-Policy', async ({ page }) => {
  const html = readFileSync('out/renderer/index.html', 'utf8')
  expect(html).toContain(`content="${contentSecurityPolicy()}"`)
  await page.goto('/')
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toBe(contentSecurityPolicy())
  await page.screenshot({ path: 'test-results/screens/clients.png' })
})

// The bridge stands in for Electron's IPC, which tells main the frame that called (see trusted-sender.ts).
type WithApi = { api: { getAppInfo(): Promise<{ ok: boolean }> } }
test('only the app page itself is answered: a frame inside it is refused, as in the app', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as WithApi).api.getAppInfo().then((r) => r.ok))).toBe(true)
  await page.evaluate(() => {
    const frame = document.createElement('iframe')
    frame.src = URL.createObjectURL(new Blob(['<p>inner</p>'], { type: 'text/html' }))
    document.body.append(frame)
    return new Promise((resolve) => frame.addEventListener('load', resolve))
  })
  const inner = page.frames().find((frame) => frame !== page.mainFrame())!
  const answer = await inner.evaluate(() => (window as unknown as WithApi).api.getAppInfo())
  expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
})
