import { redFlagIds } from '../../shared/domain/red-flag'
import { localDay } from '../../shared/domain/common'
import { screeningQuestions } from '../../shared/safety'
import { expect, test } from './harness'

const today = localDay(new Date())
const allNo = (...yes: string[]) => Object.fromEntries(redFlagIds.map((id) => [id, yes.includes(id) ? 'yes' : 'no'])) as Record<(typeof redFlagIds)[number], 'yes' | 'no'>
const dose = { holdSeconds: 30, reps: 2, side: 'none' as const, frequency: { timesPerDay: 1, daysPerWeek: 7 } }

test('an emergency client gets no handout until a decision is recorded; after "referred" it can, and the record shows it', async ({ page, services, desktop }) => {
  test.setTimeout(120_000) // renders several PDFs; slow on a shared build machine
  const client = await services.store.clients.create({ givenName: 'Grace', familyName: 'Adeyemi', dateOfBirth: '1962-09-20', conditions: [], surgeonRestrictions: '', notes: '' })
  await services.store.screenings.save(client.id, { date: today, answers: { flags: allNo('ces_saddle') }, clinicianNote: 'Saddle tingling since Monday.' })
  const plan = await services.store.plans.create(client.id, {
    title: 'Gentle back routine', goals: [], status: 'active',
    items: [{ id: 'item-1', exerciseId: 'pelvic-tilt', dosage: dose, patientNote: '', clinicianNote: '', acknowledgedWarnings: [] }]
  })

  await page.goto(`/#/clients/${client.id}/plans/${plan.id}/handout`)
  await expect(page.getByText('Preview up to date')).toBeVisible({ timeout: 30_000 })
  const gate = page.getByTestId('export-gate')
  await expect(gate).toContainText('The latest screening is Emergency.')
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Print…' })).toBeDisabled()
  await page.screenshot({ path: 'test-results/screens/safety-gate.png' })

  // Main refuses on its own, whatever the page shows.
  const refused = await page.evaluate(([clientId, planId]) => (window as unknown as { api: { saveHandout: (...a: unknown[]) => Promise<unknown> } }).api
    .saveHandout({ kind: 'plan', clientId, planId }, { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true }), [client.id, plan.id])
  expect(refused).toMatchObject({ ok: false, error: { code: 'decision-needed' } })
  expect(desktop.saveDialogs).toEqual([])

  await gate.getByRole('button', { name: 'Record decision…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Record a clinical decision' })
  await dialog.getByRole('button', { name: 'Record decision' }).click()
  await expect(dialog.getByText('Say where the client was referred')).toBeVisible()
  await dialog.getByLabel('Referred to (where)').fill('A&E, Royal Infirmary')
  await dialog.getByLabel('Referred on').fill(today)
  await page.screenshot({ path: 'test-results/screens/safety-decision-dialog.png' })
  await dialog.getByRole('button', { name: 'Record decision' }).click()
  await expect(dialog).toHaveCount(0)

  await expect(gate).toHaveCount(0, { timeout: 30_000 }) // after the preview re-renders
  await expect(page.getByTestId('decision-note')).toContainText('referred to A&E, Royal Infirmary')
  await page.getByRole('button', { name: 'Save PDF…' }).click()
  await expect(page.getByRole('status')).toContainText('Saved to')
  await page.screenshot({ path: 'test-results/screens/safety-released.png' })

  const stored = await services.store.clients.get(client.id)
  expect(stored.decisions).toMatchObject([{ answers: 'emergency', screeningId: stored.screenings[0]!.id, date: today, choice: { kind: 'referred', to: 'A&E, Royal Infirmary', on: today } }])

  await page.goto(`/#/clients/${client.id}`)
  await expect(page.locator('header').getByTestId('decision-note')).toContainText('referred to A&E, Royal Infirmary')
  await expect(page.locator('header').getByTestId('outcome-pill')).toHaveText('Emergency')
  await page.screenshot({ path: 'test-results/screens/safety-record-decision.png' })
})

test('the client list, the header and the history say "Incomplete" and "Review due" in the same words', async ({ page, services }) => {
  const partial = await services.store.clients.create({ givenName: 'Ivo', familyName: 'Partial', conditions: [], surgeonRestrictions: '', notes: '' })
  await services.store.screenings.save(partial.id, { date: today, answers: { flags: { ces_saddle: 'no' } }, clinicianNote: '' })
  const old = await services.store.clients.create({ givenName: 'Olga', familyName: 'Oldscreen', conditions: [], surgeonRestrictions: '', notes: '' })
  await services.store.screenings.save(old.id, { date: '2023-05-02', answers: { flags: allNo() }, clinicianNote: '' })

  await page.goto('/#/clients')
  await expect(page.getByRole('link', { name: /Ivo Partial/ }).getByTestId('outcome-pill')).toHaveText('Incomplete')
  await expect(page.getByRole('link', { name: /Olga Oldscreen/ }).getByTestId('outcome-pill')).toHaveText('Review due')
  await page.screenshot({ path: 'test-results/screens/safety-pills-list.png' })

  await page.goto(`/#/clients/${partial.id}`)
  await expect(page.locator('header').getByTestId('outcome-pill')).toHaveText('Incomplete')
  await page.getByRole('tab', { name: 'Screening' }).click()
  await page.getByRole('region', { name: 'Past screenings' }).getByRole('button').first().click()
  await expect(page.getByTestId('outcome-banner')).toContainText('Incomplete')
  // No problem area recorded: the back's questions and the general ones were asked.
  const asked = screeningQuestions(null).flags.length
  await expect(page.getByTestId('outcome-banner')).toContainText(`${asked - 1} of ${asked} questions unanswered`)
  await page.screenshot({ path: 'test-results/screens/safety-pills-incomplete.png' })
})
