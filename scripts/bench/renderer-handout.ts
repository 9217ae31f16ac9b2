import type { Browser } from '@playwright/test'
import type { createServices } from '../../electron/main/services'
import { bridgeToMain } from '../../tests/e2e/bridge'
import { round } from './measure'
import { medianOf, newPage, worstOf } from './renderer-page'

/** The handout status once every page is drawn (and only then). */
const upToDate = 'Preview up to date'

/**
 * From the press on a template's "Preview handout" (the first handout of the session, in a fresh
 * page: pdf.js not yet loaded) to its first page on screen and to every page drawn and the preview
 * up to date; then from a changed option (large print) to the new pages drawn. Main makes the PDF
 * through the test bridge, as in the e2e suite. Five fresh pages.
 */
export async function handoutPreview(browser: Browser, url: string, services: ReturnType<typeof createServices>) {
  const firstPage: number[] = []
  const ready: number[] = []
  const redraw: number[] = []
  for (let i = 0; i < 5; i++) {
    const page = await newPage(browser)
    await bridgeToMain(page, services, new URL(url))
    await page.goto(`${url}/#/templates`)
    const link = 'a[href$="/templates/yoga-for-back-pain/handout"]'
    await page.locator(link).waitFor()
    const opened = await page.evaluate(({ link, done }) => new Promise<{ firstPage: number; ready: number }>((resolve) => {
      let firstPage: number | undefined
      const start = performance.now()
      new MutationObserver((_, observer) => {
        const pages = document.querySelector('.handout canvas')
        firstPage ??= pages ? performance.now() - start : undefined
        if (!pages || document.querySelector('.handout .status')?.textContent !== done) return
        observer.disconnect()
        resolve({ firstPage: firstPage!, ready: performance.now() - start })
      }).observe(document.body, { childList: true, subtree: true, characterData: true })
      document.querySelector<HTMLAnchorElement>(link)!.click()
    }), { link, done: upToDate })
    firstPage.push(opened.firstPage)
    ready.push(opened.ready)
    redraw.push(await page.evaluate((done) => new Promise<number>((resolve) => {
      const before = document.querySelector('.handout canvas')
      const start = performance.now()
      new MutationObserver((_, observer) => {
        if (document.querySelector('.handout canvas') === before || document.querySelector('.handout .status')?.textContent !== done) return
        observer.disconnect()
        resolve(performance.now() - start)
      }).observe(document.querySelector('.handout')!, { childList: true, subtree: true, characterData: true })
      document.querySelector<HTMLInputElement>('.handout input[type=checkbox]')!.click()
    }), upToDate))
    await page.close()
  }
  return {
    handoutFirstPageMedianMs: round(medianOf(firstPage), 1),
    handoutReadyMedianMs: round(medianOf(ready), 1),
    handoutReadyWorstMs: round(worstOf(ready), 1),
    handoutRedrawMedianMs: round(medianOf(redraw), 1)
  }
}
