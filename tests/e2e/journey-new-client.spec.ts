import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import type { RecordingDesktop } from './recording-desktop'
import { expect, test } from './harness'

/**
 * Done-when journey (1), as a clinician does it: a new client with a condition and a screening,
 * a blank plan built by drag and drop, one warning swapped and another kept with a reason, the
 * swap undone, and the handout saved. Then the same by keyboard alone.
 */
async function answerEveryQuestionNo(page: Page, byKeyboard: boolean) {
  await page.getByRole('tab', { name: 'Screening' }).click()
  for (let round = 0; round < 5; round++) {
    // Answering may reveal follow-up questions, so go round until none is left open.
    const open = page.getByRole('radiogroup').or(page.getByRole('group')).filter({ has: page.getByLabel('No', { exact: true }) })
    let answered = 0
    for (const group of await open.all()) {
      const no = group.getByLabel('No', { exact: true })
      if (await no.isChecked()) continue
      if (byKeyboard) {
        await no.focus()
        await page.keyboard.press('Space')
      } else await no.check()
      answered++
    }
    if (answered === 0) break
  }
  await expect(page.getByTestId('outcome-banner')).toContainText('No red flags found')
  const save = page.getByRole('button', { name: 'Save screening' })
  if (byKeyboard) {
    await save.focus()
    await page.keyboard.press('Enter')
  } else await save.click()
  await expect(page.getByRole('status')).toContainText('saved')
}

async function savedHandoutText(desktop: RecordingDesktop) {
  const saved = desktop.saveDialogs.at(-1)!.defaultName
  return execFileSync('pdftotext', [`${desktop.home}/${saved}`, '-'], { encoding: 'utf8' })
}

test('journey 1: new client → screening → blank plan by drag and drop → swap, keep, undo the swap → handout saved', async ({ page, services, desktop }) => {
  test.setTimeout(180_000)
  await page.goto('/#/clients')
  await page.getByRole('button', { name: 'Add your first client' }).click()
  const dialog = page.getByRole('dialog', { name: 'New client' })
  await dialog.getByLabel('Given name').fill('Ruth')
  await dialog.getByLabel('Family name').fill('Okafor')
  await dialog.getByLabel('Date of birth').fill('1980-06-01')
  await dialog.getByLabel('Hip replacement, posterior approach').check()
  await dialog.getByRole('button', { name: 'Create client' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ruth Okafor' })).toBeVisible()
  await answerEveryQuestionNo(page, false)

  await page.getByRole('tab', { name: 'Plans' }).click()
  await page.getByRole('button', { name: 'New blank plan' }).click()
  const plan = page.getByRole('list', { name: 'Exercises in this plan' })
  await page.getByLabel('Search exercises').fill("child's pose")
  await page.locator('[data-exercise="childs-pose"]').dragTo(plan)
  await page.getByLabel('Search exercises').fill('clamshell')
  await page.locator('[data-exercise="clamshell"]').dragTo(plan)
  await expect(plan.getByRole('listitem')).toHaveCount(2)

  const inspector = page.getByRole('complementary', { name: 'Selected exercise' })
  // Child's pose (avoid after a posterior hip replacement) kept, with the surgeon's word as the reason…
  await plan.getByRole('listitem').filter({ hasText: "Child's pose" }).click() // where a drop lands depends on the layout
  await inspector.getByRole('button', { name: 'Keep, with reason' }).first().click()
  await inspector.getByLabel('Why this exercise stays').fill('Surgeon cleared deep flexion at 12 weeks.')
  await inspector.getByRole('button', { name: 'Keep it' }).click()
  await expect(inspector.getByText(/^Kept: Surgeon cleared/)).toBeVisible()
  // …clamshell (caution) swapped to the safer version…
  await plan.getByRole('listitem').filter({ hasText: 'Clamshell' }).click()
  await inspector.getByRole('button', { name: /^Swap to safer version:/ }).click()
  await expect(plan.getByRole('listitem').filter({ hasText: 'Clamshell' })).toHaveCount(0)
  // …and the swap taken back by Undo; the kept reason stays.
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(plan.getByRole('listitem').filter({ hasText: 'Clamshell' })).toHaveCount(1)
  await page.screenshot({ path: 'test-results/screens/journey1-builder.png' })
  await expect(page.getByRole('status')).toHaveText('Saved')
  const [stored] = (await services.store.clients.list()).map((c) => c.id)
  const saved = (await services.store.clients.get(stored!)).plans[0]!
  expect(saved.items.map((i) => i.exerciseId).sort()).toEqual(['childs-pose', 'clamshell'])
  expect(saved.items.find((i) => i.exerciseId === 'childs-pose')!.acknowledgedWarnings).toEqual([expect.objectContaining({ condition: 'thr_posterior', reason: 'Surgeon cleared deep flexion at 12 weeks.' })])

  await page.getByRole('button', { name: 'Preview handout' }).click()
  await expect(page.getByText('Preview up to date')).toBeVisible({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Save PDF…' }).click()
  await expect(page.getByRole('status')).toContainText('Saved to')
  expect(await savedHandoutText(desktop)).toContain('Clamshell')
  await page.screenshot({ path: 'test-results/screens/journey1-handout.png' })
})

test('journey 1 by keyboard alone', async ({ page, services, desktop }) => {
  test.setTimeout(180_000)
  const press = async (locator: ReturnType<Page['locator']>, key = 'Enter') => {
    await locator.focus()
    await page.keyboard.press(key)
  }
  const type = async (locator: ReturnType<Page['locator']>, text: string) => {
    await locator.focus()
    await page.keyboard.type(text)
  }
  await page.goto('/#/clients')
  await press(page.getByRole('button', { name: 'Add your first client' }))
  const dialog = page.getByRole('dialog', { name: 'New client' })
  await type(dialog.getByLabel('Given name'), 'Sam')
  await type(dialog.getByLabel('Family name'), 'Patel')
  await press(dialog.getByLabel('Hip replacement, posterior approach'), 'Space')
  await press(dialog.getByRole('button', { name: 'Create client' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Patel' })).toBeVisible()
  await answerEveryQuestionNo(page, true)

  await press(page.getByRole('tab', { name: 'Plans' }))
  await press(page.getByRole('button', { name: 'New blank plan' }))
  const plan = page.getByRole('list', { name: 'Exercises in this plan' })
  await type(page.getByLabel('Search exercises'), 'childs pose')
  await press(page.locator('[data-exercise="childs-pose"]'))
  await page.getByLabel('Search exercises').fill('')
  await type(page.getByLabel('Search exercises'), 'clamshell')
  await press(page.locator('[data-exercise="clamshell"]'))
  await expect(plan.getByRole('listitem')).toHaveCount(2)

  const inspector = page.getByRole('complementary', { name: 'Selected exercise' })
  await plan.getByRole('listitem').first().focus()
  await press(inspector.getByRole('button', { name: 'Keep, with reason' }).first())
  await type(inspector.getByLabel('Why this exercise stays'), 'Surgeon cleared deep flexion at 12 weeks.')
  await press(inspector.getByRole('button', { name: 'Keep it' }))
  await expect(inspector.getByText(/^Kept: Surgeon cleared/)).toBeVisible()
  await plan.getByRole('listitem').nth(1).focus()
  await press(inspector.getByRole('button', { name: /^Swap to safer version:/ }))
  await expect(plan.getByRole('listitem').nth(1)).not.toContainText('Clamshell')
  await press(plan.getByRole('listitem').nth(1), 'Control+z')
  await expect(plan.getByRole('listitem').nth(1)).toContainText('Clamshell')
  await expect(inspector.getByText(/^Kept: Surgeon cleared/)).toHaveCount(0) // the clamshell is selected, not the kept item
  await expect(page.getByRole('status')).toHaveText('Saved')

  await press(page.getByRole('button', { name: 'Preview handout' }))
  await expect(page.getByText('Preview up to date')).toBeVisible({ timeout: 30_000 })
  await press(page.getByRole('button', { name: 'Save PDF…' }))
  await expect(page.getByRole('status')).toContainText('Saved to')
  expect(await savedHandoutText(desktop)).toContain('Sam Patel')
  const [id] = (await services.store.clients.list()).map((c) => c.id)
  const saved = (await services.store.clients.get(id!)).plans[0]!
  expect(saved.givenToPatientOn).toBeDefined()
  expect(saved.items[0]!.acknowledgedWarnings).toHaveLength(1)
})
