import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { expect, test } from './harness'

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })

test('a template handout is previewed, re-rendered with new options, saved, opened and printed', async ({ page, desktop }) => {
  await page.goto('/#/templates')
  await page.getByRole('article', { name: 'Basic daily back routine (10–15 min)' }).getByRole('link', { name: 'Preview handout' }).click()

  const pages = page.getByRole('document', { name: 'Handout preview' }).getByRole('img')
  await expect(pages.first()).toBeVisible()
  await expect(page.getByText('Preview up to date')).toBeVisible()
  const detailedPages = await pages.count()
  await page.screenshot({ path: 'test-results/screens/handout-preview.png' })

  await page.getByLabel('Large print (16 pt text)').check()
  await expect(page.getByText('Preview up to date')).toBeVisible()
  await expect.poll(() => pages.count()).toBeGreaterThan(detailedPages)
  await page.screenshot({ path: 'test-results/screens/handout-preview-large.png' })

  await page.getByRole('button', { name: 'Save PDF…' }).click()
  await expect(page.getByRole('status')).toContainText('Saved to')
  const saved = desktop.saveDialogs.at(-1)!
  expect(saved.defaultName).toMatch(/^Basic daily back routine \(10–15 min\) exercises \d{4}-\d{2}-\d{2}\.pdf$/)
  const path = `${desktop.home}/${saved.defaultName}`
  expect(existsSync(path)).toBe(true)
  expect(pdfText(path)).toContain('Cat-cow')

  await page.getByRole('button', { name: 'Open' }).click()
  await expect.poll(() => desktop.opened).toEqual([path])

  await page.getByRole('button', { name: 'Print…' }).click()
  await expect(page.getByText('Sent to the print dialog.')).toBeVisible()
  expect(pdfText(desktop.printed[0]!)).toContain('Pelvic tilt')
})

test('cancelling the save dialog saves nothing and says nothing alarming', async ({ page, desktop }) => {
  await page.goto('/#/templates/yoga-for-back-pain/handout')
  await expect(page.getByText('Preview up to date')).toBeVisible()
  desktop.cancelNext = true
  await page.getByRole('button', { name: 'Save PDF…' }).click()
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeEnabled()
  await expect(page.getByRole('status')).toHaveCount(0)
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a review date is previewed once it is a whole day; while it is being typed the last preview stays, with no error', async ({ page }) => {
  await page.goto('/#/templates/yoga-for-back-pain/handout')
  await expect(page.getByText('Preview up to date')).toBeVisible()
  // Any error shown at any moment while typing, however briefly.
  await page.evaluate(() => {
    const seen = window as unknown as { alertSeen: boolean }
    seen.alertSeen = false
    new MutationObserver(() => void (seen.alertSeen ||= !!document.querySelector('[role=alert]'))).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  const review = page.getByLabel('Next review (optional)')
  await review.pressSequentially('2/4/20')
  await page.waitForTimeout(500) // a clinician's pause mid-date: time for a refused preview to come back
  await review.pressSequentially('27')
  await expect(page.getByText('Preview up to date')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { alertSeen: boolean }).alertSeen)).toBe(false)
  await expect(page.getByRole('document', { name: 'Handout preview' }).getByRole('img').first()).toBeVisible()
})

test('the preview says it is up to date only once its pages are on screen, one pdf.js worker draws every version and ends when the preview closes, and the pages scroll from the keyboard', async ({ page }) => {
  await page.addInitScript(() => {
    // Every moment the status changed, with the pages on screen then; and every worker started.
    const seen = window as unknown as { statuses: [string, number][]; workers: number; ended: number }
    seen.statuses = []
    seen.workers = seen.ended = 0
    const Native = Worker
    window.Worker = class extends Native {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args)
        seen.workers++
      }
      override terminate() {
        seen.ended++
        super.terminate()
      }
    }
    addEventListener('DOMContentLoaded', () => new MutationObserver(() => {
      const status = document.querySelector('.handout .status')?.textContent ?? ''
      const last = seen.statuses.at(-1)
      const pages = document.querySelectorAll('.handout canvas').length
      if (status && (last?.[0] !== status || last[1] !== pages)) seen.statuses.push([status, pages])
    }).observe(document.body, { subtree: true, childList: true, characterData: true }))
  })
  await page.goto('/#/templates/yoga-for-back-pain/handout')
  await expect(page.getByText('Preview up to date')).toBeVisible()
  const statuses = await page.evaluate(() => (window as unknown as { statuses: [string, number][] }).statuses)
  const pages = await page.getByRole('document', { name: 'Handout preview' }).getByRole('img').count()
  expect(pages).toBeGreaterThan(1)
  expect(statuses.filter(([status]) => status === 'Preview up to date').map(([, shown]) => shown)).toEqual([pages])
  expect(statuses[0]?.[0]).toBe('Preparing the preview…')

  await page.getByLabel('Large print (16 pt text)').check()
  await expect.poll(() => page.getByRole('document', { name: 'Handout preview' }).getByRole('img').count()).toBeGreaterThan(pages)
  await expect(page.getByText('Preview up to date')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { workers: number }).workers)).toBe(1)

  const region = page.getByRole('region', { name: 'Handout pages' })
  await region.focus()
  await expect(region).toBeFocused()
  await page.keyboard.press('PageDown')
  await expect.poll(() => region.evaluate((element) => element.scrollTop)).toBeGreaterThan(0)

  // Leaving the preview ends its worker.
  await page.getByRole('link', { name: 'Templates' }).first().click()
  await expect.poll(() => page.evaluate(() => (window as unknown as { ended: number }).ended)).toBe(1)
})

test('at 200% zoom the options come first and every page of the preview fits the window', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 })
  await page.goto('/#/templates/yoga-for-back-pain/handout')
  await expect(page.getByText('Preview up to date')).toBeVisible()
  const options = await page.getByRole('complementary', { name: 'Handout options' }).boundingBox()
  const pages = page.getByRole('document', { name: 'Handout preview' }).getByRole('img')
  const region = await page.getByRole('region', { name: 'Handout pages' }).boundingBox()
  expect(options!.y).toBeLessThan(region!.y)
  for (const box of await Promise.all((await pages.all()).map((p) => p.boundingBox()))) {
    expect(box!.x).toBeGreaterThanOrEqual(region!.x)
    expect(box!.x + box!.width).toBeLessThanOrEqual(region!.x + region!.width)
  }
  await page.getByRole('button', { name: 'Save PDF…' }).scrollIntoViewIfNeeded()
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeInViewport()
  await page.screenshot({ path: 'test-results/screens/handout-200-actions.png' })
})
