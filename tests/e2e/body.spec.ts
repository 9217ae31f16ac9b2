import { library } from '../../shared/library'
import { expect, test } from './harness'

test('the library narrows by body area first', async ({ page }) => {
  await page.goto('/#/library')
  await page.getByRole('group', { name: 'Body area' }).getByRole('button', { name: 'Knee', exact: true }).or(
    page.getByRole('group', { name: 'Body area' }).getByRole('checkbox', { name: 'Knee', exact: true })).click()
  const cards = page.getByRole('list', { name: 'Exercise library' }).getByRole('listitem')
  await expect(cards.first()).toBeVisible()
  const count = await cards.count()
  expect(count).toBeGreaterThanOrEqual(12)
  expect(count).toBeLessThan(library.exerciseList.length)
  await page.screenshot({ path: 'test-results/screens/library-knee.png' })
})

test('the templates gallery groups routines by body area', async ({ page }) => {
  await page.goto('/#/templates')
  await expect(page.getByRole('heading', { name: 'Knee', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Balance and falls', exact: true })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/templates-by-area.png', fullPage: true })
})

test('"Harder" moves a plan item up the ladder and keeps its dose and note', async ({ page, services }) => {
  const client = await services.store.clients.create({ givenName: 'Joan', familyName: 'Pike', dateOfBirth: '1948-02-01', conditions: ['knee_oa'], surgeonRestrictions: '', notes: '' })
  const quads = library.exercises.get('quads-set')!
  const dosage = { holdSeconds: 7, reps: 12, side: 'each' as const, frequency: { timesPerDay: 2, daysPerWeek: 7 } }
  const plan = await services.store.plans.create(client.id, { title: 'Knee plan', goals: [], status: 'active',
    items: [{ id: 'item-1', exerciseId: quads.id, dosage, patientNote: 'Towel under the knee', clinicianNote: '', acknowledgedWarnings: [] }] })
  await page.goto(`/#/clients/${client.id}/plans/${plan.id}`)
  const inspector = page.getByRole('complementary', { name: 'Selected exercise' })
  await page.getByRole('list', { name: 'Exercises in this plan' }).getByRole('listitem').first().click()
  const harder = inspector.getByRole('button', { name: /^Harder:/ })
  await expect(harder).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/builder-ladder.png' })
  await harder.click()
  const next = library.exercises.get(quads.variations.find((v) => v.kind === 'progression')!.exerciseId)!
  await expect(inspector.getByRole('heading', { name: next.name })).toBeVisible()
  await expect(inspector.getByLabel('Note for the patient (printed)')).toHaveValue('Towel under the knee')
})
