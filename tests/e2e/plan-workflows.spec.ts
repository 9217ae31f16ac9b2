import type { Services } from '../../electron/main/services'
import { expect, test } from './harness'

const newClient = (services: Services) =>
  services.store.clients.create({ givenName: 'Ruth', familyName: 'Okafor', dateOfBirth: '1950-06-01', conditions: ['thr_posterior'], surgeonRestrictions: '', notes: '' })

test('a blank plan: every edit is undone and redone by keyboard and toolbar, and autosave keeps the result', async ({ page, services }) => {
  const client = await newClient(services)
  await page.goto(`/#/clients/${client.id}`)
  await page.getByRole('button', { name: 'New blank plan' }).click()
  await expect(page.getByText('Drag exercises here')).toBeVisible()
  const plan = page.getByRole('list', { name: 'Exercises in this plan' })

  await page.getByRole('button', { name: 'Add Cat-cow to the plan' }).click()
  await page.getByRole('button', { name: 'Add Pelvic tilt to the plan' }).click()
  await expect(plan.getByRole('listitem')).toHaveCount(2)
  await page.getByLabel('Goals (one per line, printed)').fill('Walk to the shops\nSleep through the night')
  await page.getByLabel('Advice for this patient (printed)').fill('Heat pack first.')

  // Remove by Delete: the focus goes to the next card, not the page.
  await plan.getByRole('listitem').first().focus()
  await page.keyboard.press('Delete')
  await expect(plan.getByRole('listitem')).toHaveCount(1)
  await expect(plan.getByRole('listitem').first()).toBeFocused()

  await page.keyboard.press('Control+z')
  await expect(plan.getByRole('listitem')).toHaveCount(2)
  await expect(plan.getByRole('listitem').first()).toContainText('Cat-cow')
  await page.keyboard.press('Control+y')
  await expect(plan.getByRole('listitem')).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await expect(plan.getByRole('listitem')).toHaveCount(1) // nothing left to redo
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(plan.getByRole('listitem')).toHaveCount(2)

  // Typing in a field is one step: undo takes back the whole advice, not a letter.
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByLabel('Advice for this patient (printed)')).toHaveValue('')
  await page.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect(page.getByLabel('Advice for this patient (printed)')).toHaveValue('Heat pack first.')

  await expect(page.getByRole('status')).toHaveText('Saved')
  await page.screenshot({ path: 'test-results/screens/builder-blank-plan.png' })
  const saved = (await services.store.clients.get(client.id)).plans[0]!
  expect(saved).toMatchObject({ title: 'Home exercises', status: 'draft', phase: 1, goals: ['Walk to the shops', 'Sleep through the night'], advice: 'Heat pack first.' })
  expect(saved.items.map((i) => i.exerciseId)).toEqual(['cat-cow', 'pelvic-tilt'])
})

test('undo and redo of a move by keyboard leave the focus on the moved card', async ({ page, services }) => {
  const client = await newClient(services)
  const created = await services.store.plans.create(client.id, { title: 'Back plan', goals: [], items: [], status: 'draft' })
  await page.goto(`/#/clients/${client.id}/plans/${created.id}`)
  await page.getByRole('button', { name: 'Add Cat-cow to the plan' }).click()
  await page.getByRole('button', { name: 'Add Pelvic tilt to the plan' }).click()
  await page.getByRole('button', { name: 'Add Hip lift (glute bridge) to the plan' }).click()
  const cards = page.getByRole('list', { name: 'Exercises in this plan' }).getByRole('listitem')
  const catCow = cards.filter({ hasText: 'Cat-cow' })
  await catCow.focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(cards.nth(1)).toContainText('Cat-cow')
  // Undo moves the focused card back: the focus goes with it, so the next key still acts on it.
  // The card is moved in place, so the focus never leaves it and is not given again (a screen reader announces nothing new).
  await catCow.evaluate((card) => card.addEventListener('focus', () => card.setAttribute('data-focused-again', ''), { once: true }))
  await page.keyboard.press('Control+z')
  await expect(cards.first()).toContainText('Cat-cow')
  await expect(catCow).toBeFocused()
  await expect(catCow).not.toHaveAttribute('data-focused-again')
  await page.keyboard.press('Control+y')
  await expect(cards.nth(1)).toContainText('Cat-cow')
  await expect(catCow).toBeFocused()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(cards.nth(2)).toContainText('Cat-cow')
})

test('a swap and a "keep, with reason" are both taken back by undo', async ({ page, services }) => {
  const client = await newClient(services)
  const created = await services.store.plans.create(client.id, { title: 'Hip plan', goals: [], items: [], status: 'draft' })
  await page.goto(`/#/clients/${client.id}/plans/${created.id}`)
  await page.getByRole('button', { name: "Add Child's pose to the plan" }).click()
  const inspector = page.getByRole('complementary', { name: 'Selected exercise' })
  await inspector.getByRole('button', { name: /^Swap to safer version:/ }).click()
  await expect(inspector.getByText("Safer version of Child's pose")).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(inspector.getByRole('heading', { name: "Child's pose" })).toBeVisible()

  await inspector.getByRole('button', { name: 'Keep, with reason' }).first().click()
  await inspector.getByLabel('Why this exercise stays').fill('Surgeon cleared it.')
  await inspector.getByRole('button', { name: 'Keep it' }).click()
  await expect(inspector.getByText(/^Kept: Surgeon cleared it/)).toBeVisible()
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(inspector.getByText(/^Kept:/)).toHaveCount(0)
  await expect(page.getByRole('status')).toHaveText('Saved')
  const saved = (await services.store.clients.get(client.id)).plans[0]!
  expect(saved.items[0]).toMatchObject({ exerciseId: 'childs-pose', acknowledgedWarnings: [] })
})

test('a plan is duplicated as its next phase, linked to its source, with the changes listed', async ({ page, services }) => {
  const client = await newClient(services)
  const first = await services.store.plans.create(client.id, {
    title: 'Back plan', goals: ['Sit for an hour'], status: 'active', phase: 1,
    items: [{ id: 'item-1', exerciseId: 'cat-cow', dosage: { reps: 8, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 7 } }, patientNote: '', clinicianNote: '', acknowledgedWarnings: [] }]
  })
  await page.goto(`/#/clients/${client.id}`)
  await page.getByRole('button', { name: 'Duplicate as next phase' }).click()
  await expect(page.getByLabel('Plan title')).toHaveValue('Back plan — Phase 2')
  await page.getByText('Goals and advice').click()
  await expect(page.getByText('No exercise changed yet since the previous phase.')).toBeVisible()
  await page.getByRole('button', { name: 'Add Pelvic tilt to the plan' }).click()
  await expect(page.getByText('Added: Pelvic tilt')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Back plan', exact: true })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('Saved')

  await page.getByRole('link', { name: /Ruth Okafor/ }).click()
  const history = page.getByRole('listitem').filter({ hasText: 'Phase 2' })
  await expect(history.getByText('Draft')).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Phase 1' }).getByText('In use')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/client-plan-history.png' })
  const plans = (await services.store.clients.get(client.id)).plans
  expect(plans.find((p) => p.id !== first.id)).toMatchObject({ previousPlanId: first.id, phase: 2, goals: ['Sit for an hour'] })
})

test('an empty title says so, not that a dose is wrong', async ({ page, services }) => {
  const client = await newClient(services)
  const created = await services.store.plans.create(client.id, { title: 'Hip plan', goals: [], items: [], status: 'draft' })
  await page.goto(`/#/clients/${client.id}/plans/${created.id}`)
  await page.getByLabel('Plan title').fill('')
  await expect(page.getByRole('alert')).toHaveText('Give the plan a title')
  await expect(page.getByRole('status')).toHaveText('Not saved')
})
