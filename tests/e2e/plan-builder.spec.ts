import type { Page } from '@playwright/test'
import type { Services } from '../../electron/main/services'
import { exerciseAreas } from '../../shared/domain/exercise'
import { describeDose } from '../../shared/dose'
import { library } from '../../shared/library'
import { expect, test } from './harness'

async function openEmptyPlan(page: Page, services: Services) {
  const client = await services.store.clients.create({ givenName: 'Ruth', familyName: 'Okafor', dateOfBirth: '1950-06-01', conditions: ['thr_posterior'], surgeonRestrictions: '', notes: '' })
  const plan = await services.store.plans.create(client.id, { title: 'Hip-safe back routine', goals: [], items: [], status: 'active' })
  await page.goto(`/#/clients/${client.id}/plans/${plan.id}`)
  await expect(page.getByText('Drag exercises here')).toBeVisible()
  return { clientId: client.id, planId: plan.id }
}

const stored = async (services: Services, ids: { clientId: string; planId: string }) =>
  (await services.store.clients.get(ids.clientId)).plans.find((p) => p.id === ids.planId)!

test('dragging an unsafe exercise warns at once, and the safer version is one click away', async ({ page, services }) => {
  const ids = await openEmptyPlan(page, services)
  const plan = page.getByRole('list', { name: 'Exercises in this plan' })
  await page.locator('[data-exercise="childs-pose"]').dragTo(plan)
  await expect(plan.getByRole('listitem')).toHaveCount(1)
  await expect(plan.getByText('Avoid')).toBeVisible()

  const inspector = page.getByRole('complementary', { name: 'Selected exercise' })
  await expect(inspector.getByText('Hip flexion past 90° after posterior hip replacement.')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/builder-warning.png' })
  await inspector.getByRole('button', { name: /^Swap to safer version:/ }).click()
  await expect(plan.getByText('Avoid')).toHaveCount(0)
  await expect(inspector.getByText("Safer version of Child's pose")).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('Saved')
  const saved = await stored(services, ids)
  expect(saved.items).toHaveLength(1)
  expect(saved.items[0]).toMatchObject({ exerciseId: 'crook-lying-rest', swappedFrom: 'childs-pose' })
})

test('the keyboard adds, reorders and keeps an exercise with a recorded reason', async ({ page, services }) => {
  const ids = await openEmptyPlan(page, services)
  await page.getByLabel('Search exercises').fill('cat-cow')
  await page.locator('[data-exercise="cat-cow"]').focus()
  await page.keyboard.press('Enter')
  await page.getByLabel('Search exercises').fill('knee to chest')
  await page.getByRole('button', { name: 'Add Single knee to chest to the plan' }).click()
  const plan = page.getByRole('list', { name: 'Exercises in this plan' })
  await expect(plan.getByRole('listitem')).toHaveCount(2)
  // The summary line gives the dose in the same words as the handout.
  const catCow = plan.getByRole('listitem').filter({ hasText: 'Cat-cow' })
  await expect(catCow).toContainText(describeDose(library.exercises.get('cat-cow')!.defaultDose))
  await page.screenshot({ path: 'test-results/screens/builder-dose-words.png' })

  await plan.getByRole('listitem').nth(1).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(plan.getByRole('listitem').first()).toContainText('Single knee to chest')

  const inspector = page.getByRole('complementary', { name: 'Selected exercise' })
  await inspector.getByRole('button', { name: 'Keep, with reason' }).first().click()
  await inspector.getByLabel('Why this exercise stays').fill('Surgeon cleared flexion to 100° at 12 weeks.')
  await inspector.getByRole('button', { name: 'Keep it' }).click()
  await expect(inspector.getByText(/^Kept: Surgeon cleared/)).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('Saved')
  const saved = await stored(services, ids)
  expect(saved.items.map((i) => i.exerciseId)).toEqual(['knee-to-chest-single', 'cat-cow'])
  expect(saved.items[0]!.acknowledgedWarnings[0]).toMatchObject({ condition: 'thr_posterior', reason: 'Surgeon cleared flexion to 100° at 12 weeks.' })
})

test('an invalid dose is shown beside its field and never saved; the last valid dose stays on disk', async ({ page, services }) => {
  const ids = await openEmptyPlan(page, services)
  await page.getByRole('button', { name: 'Add Cat-cow to the plan' }).click()
  await expect(page.getByRole('status')).toHaveText('Saved')
  const inspector = page.getByRole('complementary', { name: 'Selected exercise' })
  await inspector.getByLabel('Repetitions').fill('500')
  await expect(inspector.getByText('Repetitions must be between 1 and 100')).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('Not saved')
  await page.screenshot({ path: 'test-results/screens/builder-invalid.png' })
  expect((await stored(services, ids)).items[0]!.dosage.reps).not.toBe(500)

  await inspector.getByLabel('Repetitions').fill('12')
  await inspector.getByLabel('Hold (seconds)').fill('5')
  await expect(page.getByRole('status')).toHaveText('Saved')
  expect((await stored(services, ids)).items[0]!.dosage).toMatchObject({ reps: 12, holdSeconds: 5 })
})

test('a plan is saved as a template and offered for the next client', async ({ page, services }) => {
  await openEmptyPlan(page, services)
  await page.getByRole('button', { name: 'Add Cat-cow to the plan' }).click()
  await page.getByRole('complementary', { name: 'Selected exercise' }).getByLabel('Note for the patient (printed)').fill('Go slowly in the morning.')
  await page.getByRole('button', { name: 'Save as template…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save as template…' })
  await dialog.getByLabel('Template name').fill('Morning mobility for hip patients')
  await dialog.getByRole('button', { name: 'Save template' }).click()
  await expect(dialog).toHaveCount(0)

  const own = (await services.store.templates.list()).filter((t) => !t.builtIn)
  expect(own).toHaveLength(1)
  expect(own[0]!.items).toEqual([expect.objectContaining({ exerciseId: 'cat-cow', patientNote: 'Go slowly in the morning.' })])
  await page.goto('/#/templates')
  const card = page.getByRole('article', { name: 'Morning mobility for hip patients' })
  await expect(card.getByText('Yours')).toBeVisible()
})

test('the library pane draws only the cards near the screen, and narrows by body area', async ({ page, services }) => {
  await openEmptyPlan(page, services)
  const pane = page.getByRole('list', { name: 'Exercises to add' })
  await expect(pane.getByRole('listitem')).toHaveCount(library.exerciseList.length)
  const drawn = await pane.locator('img').count()
  expect(drawn).toBeGreaterThan(3)
  expect(drawn).toBeLessThan(40) // not all 174 drawings on first paint
  const last = pane.getByRole('listitem').last()
  await last.scrollIntoViewIfNeeded()
  await expect(last.locator('img')).toHaveCount(1) // drawn once scrolled to

  await page.getByLabel('Body area').selectOption('Knee')
  const knee = library.exerciseList.filter((e) => exerciseAreas(e).includes('knee')).map((e) => e.id)
  expect(knee.length).toBeGreaterThan(3)
  await expect(pane.getByRole('listitem')).toHaveCount(knee.length)
  expect(await pane.getByRole('listitem').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-exercise')))).toEqual(knee)
  await page.screenshot({ path: 'test-results/screens/builder-library-area.png' })
})

test('a long plan draws only the cards near the screen, and a card keeps its drawing when moved', async ({ page, services }) => {
  const client = await services.store.clients.create({ givenName: 'Long', familyName: 'Plan', conditions: [], surgeonRestrictions: '', notes: '' })
  const exercises = library.exerciseList.slice(0, 40)
  const plan = await services.store.plans.create(client.id, {
    title: 'Forty', goals: [], status: 'draft',
    items: exercises.map((e, i) => ({ id: `item-${i}`, exerciseId: e.id, dosage: e.defaultDose, patientNote: '', clinicianNote: '', acknowledgedWarnings: [] }))
  })
  await page.goto(`/#/clients/${client.id}/plans/${plan.id}`)
  const items = page.locator('#plan-items > [data-item]')
  await expect(items).toHaveCount(40)
  await expect(items.first().locator('img')).toHaveCount(1)
  const drawn = await items.locator('img').count()
  expect(drawn).toBeLessThan(30) // not all 40 drawings on first paint
  const last = items.last()
  await last.scrollIntoViewIfNeeded()
  await expect(last.locator('img')).toHaveCount(1) // drawn once scrolled to
  await last.getByRole('button', { name: `Move ${exercises[39]!.name} up` }).click()
  await expect(items.nth(38)).toHaveAttribute('data-item', 'item-39')
  await expect(items.nth(38).locator('img')).toHaveCount(1)
})
