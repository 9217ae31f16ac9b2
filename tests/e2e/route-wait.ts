import type { Page } from '@playwright/test'

const renderedRoute = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLElement>('main[data-route]')?.dataset.route).catch(() => undefined)

/**
 * Makes `page.goto` to another route of the running app resolve once the new route is drawn
 * (App.vue marks its `<main>` with the route it shows), as a full page load already does.
 */
export function waitForRouteOnGoto(page: Page, baseURL: string): void {
  const goto = page.goto.bind(page)
  page.goto = async (url, options) => {
    const before = await renderedRoute(page)
    const response = await goto(url, options)
    const target = decodeURI(new URL(url, baseURL).hash.slice(1).split('?')[0] ?? '')
    // Compared with the route before, not the target: a redirect ('/' → '/clients') draws another path.
    if (before !== undefined && target !== before) {
      await page.waitForFunction((previous) => document.querySelector<HTMLElement>('main[data-route]')?.dataset.route !== previous, before)
    }
    return response
  }
}
