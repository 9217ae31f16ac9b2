import { expect, type Locator, type Page } from '@playwright/test'

/**
 * One journey, driven either by pointer or by keyboard alone: in keyboard mode every control is
 * reached with Tab (never focused by script), pressed with Enter, typed into, and chosen with arrows.
 */
export type InputMode = 'pointer' | 'keyboard'

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false)

/** What has the focus, for the message when Tab never reaches the target. */
const focusedDescription = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'the page itself'
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''
    const value = el instanceof HTMLInputElement ? ` (value "${el.value}")` : ''
    return `<${el.tagName.toLowerCase()}> "${name}"${value}`
  })

export async function tabTo(page: Page, target: Locator, maxPresses = 300): Promise<void> {
  // A keyboard user tabs towards what is on screen: wait for it (this also fails at once, and
  // clearly, when the locator matches more than one control).
  await expect(target).toBeVisible()
  for (let i = 0; i < maxPresses; i++) {
    if (await isFocused(target)) return
    await page.keyboard.press('Tab')
  }
  const matches = await target.count()
  throw new Error(`Not reached with ${maxPresses} presses of Tab: ${target.toString()} (${matches} match; focus is on ${await focusedDescription(page)})`)
}

export function driver(page: Page, mode: InputMode) {
  return {
    async press(target: Locator) {
      if (mode === 'pointer') return target.click()
      await tabTo(page, target)
      await page.keyboard.press('Enter')
    },
    async fill(target: Locator, text: string) {
      if (mode === 'pointer') return target.fill(text)
      await tabTo(page, target)
      await page.keyboard.press('ControlOrMeta+a')
      await page.keyboard.press('Delete')
      await page.keyboard.type(text)
      await expect(target, 'the typed text went into this field').toHaveValue(text)
    },
    /** Opens a menu from its button and chooses an item. */
    async menu(trigger: Locator, item: string) {
      const option = page.getByRole('menuitem', { name: item })
      if (mode === 'pointer') {
        await trigger.click()
        return option.click()
      }
      await tabTo(page, trigger)
      await page.keyboard.press('Enter')
      for (let i = 0; i < 10 && !(await isFocused(option)); i++) await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
    },
    /** Chooses the option of a native select by its text. */
    async select(target: Locator, label: string) {
      if (mode === 'pointer') return void (await target.selectOption({ label }))
      await tabTo(page, target)
      for (let i = 0; i < 50; i++) {
        if ((await target.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent?.trim())) === label) return
        await page.keyboard.press('ArrowDown')
      }
      throw new Error(`No option "${label}"`)
    }
  }
}
