import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { build } from 'esbuild'
import type { createServices } from '../../electron/main/services'
import { library } from '../../shared/library'
import { bridgeToMain } from '../../tests/e2e/bridge'
import { round } from './measure'
import { handoutPreview } from './renderer-handout'
import { medianOf, newPage, serveRenderer, timeInteraction, viewport, worstOf } from './renderer-page'
import { benchVault, openServices, writeEncryptedPractice } from './store-practice'

const root = join(import.meta.dirname, '..', '..')
const rendererDir = join(root, 'out', 'renderer')
const chromiumOptions = { executablePath: process.env.PHYSIOPLAN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] }
const launch = () => chromium.launch(chromiumOptions)
const typed = (text: string) => Array.from(text, (_, i) => text.slice(0, i + 1))

/** The renderer bundle as shipped: every JS and CSS file of out/renderer, gzipped one by one. */
function bundleGzipKb(): number {
  const assets = join(rendererDir, 'assets')
  const bytes = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f)).reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0)
  return round(bytes / 1024, 1)
}

/** The library filter in Chromium over 2,000 synthetic exercises (the library copied until it is that long), one call per keystroke. */
async function filterPerKeystroke(browser: Browser) {
  const bundle = await build({
    stdin: {
      contents: `
        import { library } from './shared/library'
        import { emptyFilter, filterExercises, searchText } from './renderer/src/features/library/filter'
        const base = library.exerciseList
        const all = Array.from({ length: 2000 }, (_, i) => ({ ...base[i % base.length], id: 'synthetic-' + i, name: base[i % base.length].name + ' ' + i }))
        const index = new Map(all.map((e) => [e.id, searchText(e)]))
        window.benchFilter = (texts) => texts.map((text) => { const start = performance.now(); const found = filterExercises(all, { ...emptyFilter(), text }, index); return [performance.now() - start, found.length] })`,
      resolveDir: root,
      loader: 'ts'
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' }
  })
  const page = await newPage(browser)
  await page.goto('about:blank')
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text })
  const keystrokes = [...typed('hamstring stretch'), ...typed('lying on front'), ...typed('childs pose')]
  await page.evaluate((texts) => (window as unknown as { benchFilter(t: string[]): unknown }).benchFilter(texts), keystrokes) // warm-up
  const runs = (await page.evaluate((texts) => (window as unknown as { benchFilter(t: string[]): [number, number][] }).benchFilter(texts), keystrokes)).map(([ms]) => ms)
  await page.close()
  return { filter2000MedianMs: round(medianOf(runs), 3), filter2000WorstMs: round(worstOf(runs), 3) }
}

/** A 50-item plan open in the built builder: Alt+↓ on an item, then Ctrl+Z, each timed to the result drawn (timeInteraction). */
async function planEdits(page: Page, url: string, dataDir: string) {
  const services = await openServices(dataDir)
  const ids = library.exerciseList.map((e) => e.id)
  const client = await services.store.clients.create({ givenName: 'Bench', familyName: 'Plan', conditions: [], surgeonRestrictions: '', notes: '' })
  const plan = await services.store.plans.create(client.id, {
    title: 'Fifty', goals: [], status: 'draft',
    items: Array.from({ length: 50 }, (_, i) => ({ id: `item-${i}`, exerciseId: ids[i % ids.length]!, dosage: library.exercises.get(ids[i % ids.length]!)!.defaultDose, patientNote: '', clinicianNote: '', acknowledgedWarnings: [] }))
  })
  await bridgeToMain(page, services, new URL(url))
  await page.goto(`${url}/#/clients/${client.id}/plans/${plan.id}`)
  await page.locator('[data-item="item-25"]').waitFor()
  const reorder: number[] = []
  const undo: number[] = []
  for (let i = 0; i < 25; i++) {
    reorder.push(await timeInteraction(page, '[data-item="item-25"]', { type: 'key', key: 'ArrowDown', altKey: true }))
    undo.push(await timeInteraction(page, '[data-item="item-25"]', { type: 'key', key: 'z', ctrlKey: true }))
  }
  const [r, u] = [reorder.slice(3), undo.slice(3)] // the first few warm the JIT
  return { reorder50MedianMs: round(medianOf(r), 2), reorder50WorstMs: round(worstOf(r), 2), undo50MedianMs: round(medianOf(u), 2), undo50WorstMs: round(worstOf(u), 2) }
}

/** Navigation start to the first client row in the DOM, in a new page of `browser` (a fresh one has its own context: no cache carried over). */
async function clientsReadyMs(browser: Browser | BrowserContext, url: string, services: ReturnType<typeof createServices>): Promise<{ page: Page; readyMs: number }> {
  const page = await newPage(browser)
  await bridgeToMain(page, services, new URL(url))
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('a[data-row]')) return
      ;(window as unknown as { firstRowAt: number }).firstRowAt = performance.now()
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
  // As when a window is made and then loads its page: the browser's process start is not the page's time.
  await new Promise((resolve) => setTimeout(resolve, 1000))
  await page.goto(`${url}/#/clients`)
  await page.locator('a[data-row]').first().waitFor()
  return { page, readyMs: await page.evaluate(() => (window as unknown as { firstRowAt: number }).firstRowAt) }
}

/**
 * The same first rows in a browser profile that has shown the page before, as on every start of the
 * app but the first after an install: Chromium then runs the page's scripts from the code it
 * compiled and kept last time (the app's own app:// protocol keeps it too: `codeCache` in
 * app-protocol.ts). Two loads to fill the cache, then the median of five.
 */
async function clientsReadyWarm(url: string, services: ReturnType<typeof createServices>): Promise<number[]> {
  const profile = mkdtempSync(join(tmpdir(), 'physioplan-bench-profile-'))
  const context = await chromium.launchPersistentContext(profile, { ...chromiumOptions, viewport })
  try {
    const loads: number[] = []
    for (let i = 0; i < 7; i++) {
      const { page, readyMs } = await clientsReadyMs(context, url, services)
      await page.close()
      if (i >= 2) loads.push(readyMs)
    }
    return loads
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

/**
 * Ten thousand clients (a practice's ten years) in the real store: the Clients page's first rows
 * (median of five fresh pages: one load swings by a third on these machines), a search per
 * keystroke, and the page heap.
 */
async function clientsAtScale(browser: Browser, url: string, dataDir: string) {
  await writeEncryptedPractice(dataDir, 10_000, 20_000, benchVault)
  const services = await openServices(dataDir)
  const first = await clientsReadyMs(browser, url, services)
  let page = first.page
  const loads = [first.readyMs]
  for (let i = 1; i < 5; i++) {
    await page.close()
    const load = await clientsReadyMs(browser, url, services)
    page = load.page
    loads.push(load.readyMs)
  }
  const readyMs = medianOf(loads)
  const warm = await clientsReadyWarm(url, services)
  const search: number[] = []
  const mainOnly: number[] = []
  for (const text of [...typed('kowalski 12'), '', ...typed('1958'), '', ...typed("o'brien")]) {
    search.push(await timeInteraction(page, '#client-search', { type: 'input', value: text }, 'pageClients'))
    const start = performance.now()
    await services.store.clients.page({ text, offset: 0, limit: 50 })
    mainOnly.push(performance.now() - start)
  }
  // The test bridge (Playwright binding + CDP) stands in for Electron's IPC and costs more: shown so it can be told apart.
  const bridge = await page.evaluate(async () => {
    const times: number[] = []
    for (let i = 0; i < 10; i++) {
      const start = performance.now()
      await (window as unknown as { api: { getAppInfo(): Promise<unknown> } }).api.getAppInfo()
      times.push(performance.now() - start)
    }
    return times.sort((a, b) => a - b)[5]!
  })
  const rows = await page.locator('[data-index]').count()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  return {
    clients10kReadyMs: round(readyMs, 1),
    clients10kReadyWorstMs: round(worstOf(loads), 1),
    clients10kReadyWarmMs: round(medianOf(warm), 1),
    clients10kReadyWarmWorstMs: round(worstOf(warm), 1),
    clients10kSearchMedianMs: round(medianOf(search), 2),
    clients10kSearchWorstMs: round(worstOf(search), 2),
    clients10kSearchInMainMedianMs: round(medianOf(mainOnly), 2),
    bridgeRoundTripMedianMs: round(bridge, 2),
    clients10kRowsInPage: rows,
    clients10kHeapMb: round(usedSize / 1024 / 1024, 1)
  }
}

/**
 * The page's own costs in Chromium (run `npm run build` first): the library filter over 2,000
 * exercises, reorder and undo in a 50-item plan, the Clients page with 10,000 clients, the handout
 * preview, the bundle.
 */
export async function benchRenderer(): Promise<Record<string, number>> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('Run `npm run build` first: out/renderer is missing.')
  const { url, server } = await serveRenderer(rendererDir)
  const browser = await launch()
  const dirs: string[] = []
  const dataDir = () => (dirs.push(mkdtempSync(join(tmpdir(), 'physioplan-bench-renderer-'))), dirs.at(-1)!)
  try {
    // PHYSIOPLAN_BENCH_ONLY=filter|plans|clients|handout runs one part (a quicker loop while working on it).
    const only = process.env.PHYSIOPLAN_BENCH_ONLY
    const runs = (part: string) => !only || only === part
    const filter = runs('filter') ? await filterPerKeystroke(browser) : {}
    const plans = runs('plans') ? await planEdits(await newPage(browser), url, dataDir()) : {}
    const clients = runs('clients') ? await clientsAtScale(browser, url, dataDir()) : {}
    const handout = runs('handout') ? await handoutPreview(browser, url, await openServices(dataDir())) : {}
    return { ...filter, ...plans, ...clients, ...handout, rendererBundleGzipKb: bundleGzipKb() }
  } finally {
    await browser.close()
    server.close()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  }
}
