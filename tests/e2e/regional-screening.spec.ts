import { localDay } from '../../shared/domain'
import { expect, test } from './harness'

const daysAgo = (n: number) => localDay(new Date(Date.now() - n * 86_400_000))

test('a knee-replacement client is screened for the knee after surgery, not for the back, and main stores the outcome', async ({ page, services }) => {
  const client = await services.store.clients.create({
    givenName: 'Joan', familyName: 'Whitfield', dateOfBirth: '1952-03-09', sex: 'female', conditions: ['tkr_early'],
    operations: [{ condition: 'tkr_early', date: daysAgo(16), side: 'left' }], surgeonRestrictions: '', notes: ''
  })
  // "Go to screening" and similar links open the Screening tab directly.
  await page.goto(`/#/clients/${client.id}?tab=screening`)
  const scope = page.getByTestId('screening-scope')
  await expect(scope).toContainText('Knee')
  await expect(scope).toContainText('after surgery')
  await expect(scope).toContainText('from Knee replacement')

  // The knee's questions, not the back's.
  await expect(page.getByRole('heading', { name: 'After surgery: clot, wound, implant' })).toBeVisible()
  await expect(page.getByRole('group', { name: /one calf or leg newly painful/ })).toBeVisible()
  await expect(page.getByRole('group', { name: /hot, swollen and very painful/ })).toBeVisible()
  await expect(page.getByRole('group', { name: /Ottawa|knee injury/ }).first()).toBeVisible()
  await expect(page.getByText(/genitals, anus or inner buttocks/)).toHaveCount(0)
  await expect(page.getByText(/back pain begin before age 45/)).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screens/screening-knee.png' })

  // Every question answered no: clear.
  const noes = page.getByLabel('No', { exact: true })
  for (let i = 0, n = await noes.count(); i < n; i++) await noes.nth(i).check()
  const banner = page.getByTestId('outcome-banner')
  await expect(banner).toContainText('No red flags found')
  await expect(banner).toContainText('All questions answered.')

  // A painful, swollen calf after the operation: an emergency.
  await page.getByRole('group', { name: /one calf or leg newly painful/ }).getByLabel('Yes', { exact: true }).check()
  await expect(banner).toContainText('Emergency')
  await expect(banner).toContainText('possible deep vein thrombosis')
  await page.screenshot({ path: 'test-results/screens/screening-knee-clot.png' })
  await page.getByRole('button', { name: 'Save screening' }).click()
  await expect(page.getByRole('status')).toContainText('saved')
  // The saved record lists what was asked that day: the knee's questions, no back or spondyloarthritis ones.
  const detail = page.getByRole('article')
  await expect(detail).toContainText('Is one calf or leg newly painful, swollen, warm or red?')
  await expect(detail).not.toContainText('genitals, anus or inner buttocks')
  await expect(detail).not.toContainText('Axial spondyloarthritis')
  await page.screenshot({ path: 'test-results/screens/screening-knee-saved.png' })

  const [stored] = await services.store.screenings.list(client.id)
  expect(stored?.outcome).toMatchObject({ outcome: 'emergency', scope: { areas: ['knee'], afterSurgery: ['knee'] }, findings: [{ group: 'post_operative', flagIds: ['dvt_signs'] }] })
  expect(Object.keys(stored?.answers.flags ?? {})).not.toContain('ces_saddle')
})

test('the profile records problem areas, the operation date and side, and the surgeon’s limits', async ({ page, services }) => {
  const client = await services.store.clients.create({ givenName: 'Joan', familyName: 'Whitfield', conditions: ['tkr_early', 'thr_posterior'], surgeonRestrictions: '', notes: '' })
  await page.goto(`/#/clients/${client.id}?tab=profile`)
  const knee = page.getByTestId('postop-tkr_early')
  await knee.getByLabel('Operation date').fill(daysAgo(16))
  await knee.getByLabel('Side').selectOption('left')
  await expect(knee).toContainText('Week 3 of 12, left side')
  await knee.getByLabel('Weight bearing').selectOption('partial-weight-bearing')
  const hip = page.getByTestId('postop-thr_posterior')
  await hip.getByLabel('Hip bending limit (°)').fill('90')
  // The knee and hip come from the conditions; the neck is the clinician's own choice.
  const areas = page.getByRole('group', { name: 'Problem areas' })
  await expect(areas.getByRole('checkbox', { name: /^Knee/ })).toBeChecked()
  await expect(areas.getByRole('checkbox', { name: /^Knee/ })).toBeDisabled()
  await areas.getByRole('checkbox', { name: 'Neck' }).check()
  await page.screenshot({ path: 'test-results/screens/client-form-postop.png', fullPage: true })
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  const { client: saved } = await services.store.clients.get(client.id)
  expect(saved.problemAreas).toEqual(['neck'])
  expect(saved.operations).toEqual([{ condition: 'tkr_early', date: daysAgo(16), side: 'left' }])
  expect(saved.restrictions).toEqual(expect.arrayContaining([
    { kind: 'weight-bearing', condition: 'tkr_early', status: 'partial-weight-bearing' },
    { kind: 'hip-flexion-limit', condition: 'thr_posterior', degrees: 90 }
  ]))

  // A side without a date is refused with a message, and nothing already saved is lost.
  await page.getByTestId('postop-thr_posterior').getByLabel('Side').selectOption('right')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByTestId('postop-thr_posterior')).toContainText('Add the operation date as well as the side.')
  await expect(page.getByRole('alert')).toContainText('An operation has a date without a side, or a side without a date.')
  await page.screenshot({ path: 'test-results/screens/client-form-postop-error.png', fullPage: true })
  expect((await services.store.clients.get(client.id)).client.operations).toHaveLength(1)
})

test('"Go to screening" on a held handout opens the client’s Screening tab', async ({ page, services }) => {
  const client = await services.store.clients.create({ givenName: 'Joan', familyName: 'Whitfield', conditions: ['knee_oa'], surgeonRestrictions: '', notes: '' })
  const plan = await services.store.plans.create(client.id, {
    title: 'Knee routine', goals: [], status: 'active',
    items: [{ id: 'item-1', exerciseId: 'quads-set', dosage: { holdSeconds: 5, reps: 10, side: 'each', frequency: { timesPerDay: 3, daysPerWeek: 7 } }, patientNote: '', clinicianNote: '', acknowledgedWarnings: [] }]
  })
  await page.goto(`/#/clients/${client.id}/plans/${plan.id}/handout`)
  await page.getByTestId('export-gate').getByRole('link', { name: 'Go to screening' }).click()
  await expect(page.getByRole('tab', { name: 'Screening' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('screening-scope')).toContainText('Knee')
})
