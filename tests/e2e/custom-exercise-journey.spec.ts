import { execFileSync } from 'node:child_process'
import { localDay } from '../../shared/domain/common'
import { redFlagIds } from '../../shared/domain/red-flag'
import type { Services } from '../../electron/main/services'
import { solidPng } from '../electron/handout/png'
import { expect, test } from './harness'
import { driver, type InputMode } from './keyboard-or-pointer'

const name = 'Towel knee squeeze'
const photo = { name: 'towel-squeeze.png', mimeType: 'image/png', buffer: solidPng(160, 120, [190, 60, 40]) }

async function hipClient(services: Services) {
  const client = await services.store.clients.create({ givenName: 'Ruth', familyName: 'Okafor', conditions: ['thr_posterior'], surgeonRestrictions: '', notes: '' })
  await services.store.screenings.save(client.id, { date: localDay(new Date()), answers: { flags: Object.fromEntries(redFlagIds.map((id) => [id, 'no'])) }, clinicianNote: '' })
  const plan = await services.store.plans.create(client.id, { title: 'Knee plan', goals: [], items: [], status: 'draft' })
  return { client, plan }
}

/** The images pdfimages finds in a PDF: width and height of each. */
const imagesIn = (path: string) =>
  execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((line) => line.trim().split(/\s+/).slice(3, 5).join('×'))

// Journey 3 of issue 13: a custom exercise with a photo, Avoid for one condition → in a plan for a client with it → in the handout with its photo.
for (const mode of ['pointer', 'keyboard'] as InputMode[]) {
  test(`journey 3 (${mode}): a custom exercise with a photo is warned about for the client it does not suit and printed with its photo`, async ({ page, services, desktop }) => {
    test.setTimeout(240_000)
    const ui = driver(page, mode)
    const { client, plan } = await hipClient(services)

    await page.goto('/#/library')
    await ui.press(page.getByRole('link', { name: 'New exercise' }))
    await expect(page.getByRole('heading', { name: 'New exercise', level: 1 })).toBeVisible()
    await ui.fill(page.getByLabel('Name', { exact: true }), name)
    await ui.fill(page.getByLabel('Summary (one sentence)'), 'Squeeze a rolled towel under the knee to wake up the thigh.')
    await ui.fill(page.getByLabel('Steps (one per line, 3 to 7)'), 'Sit with the leg straight.\nPut a rolled towel under the knee.\nPress the knee down into the towel.')
    await ui.fill(page.getByLabel('Cues (one per line)'), 'Keep the toes pointing up.')
    await ui.fill(page.getByLabel('Common mistakes (one per line)'), 'Holding the breath.')
    await page.getByLabel('Photo').setInputFiles(photo) // the system's file chooser stands in for the clinician's pick
    await expect(page.getByText('New photo chosen: towel-squeeze.png')).toBeVisible()
    await ui.press(page.getByRole('group', { name: 'Body regions' }).getByRole('button', { name: 'Knee' }))
    await ui.press(page.getByRole('button', { name: 'Add a condition' }))
    const rule = page.getByRole('group', { name: 'Rule 1' })
    await ui.select(rule.getByLabel('Condition'), 'Hip replacement, posterior approach')
    await ui.fill(rule.getByLabel('Reason (shown to you, not the patient)'), 'Sitting up to reach the knee bends the hip past 90 degrees.')
    if (mode === 'pointer') await page.screenshot({ path: 'test-results/screens/custom-exercise-editor.png', fullPage: true })
    await ui.press(page.getByRole('button', { name: 'Save exercise' }))

    // Back in the library, with the new exercise open and its photo shown.
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible()
    await expect(page.getByText('Yours', { exact: true })).toBeVisible()
    const records = await services.store.customExercises.list()
    expect(records).toHaveLength(1) // one press of Save, one exercise
    const [record] = records
    expect(record!.exercise).toMatchObject({ name, regions: ['knee'], contraindications: [{ condition: 'thr_posterior', level: 'avoid', sources: ['clinical reasoning'] }] })
    expect(record!.photos).toHaveLength(1)
    if (mode === 'pointer') await page.screenshot({ path: 'test-results/screens/custom-exercise-library.png' })

    await page.goto(`/#/clients/${client.id}/plans/${plan.id}`)
    // A hash change redraws the page later: until then "Search exercises" is still the Library page's field.
    await expect(page.getByRole('textbox', { name: 'Plan title' })).toHaveValue('Knee plan')
    await ui.fill(page.getByLabel('Search exercises'), 'towel knee')
    await ui.press(page.getByRole('button', { name: `Add ${name} to the plan` }))
    const inspector = page.getByRole('complementary', { name: 'Selected exercise' })
    await expect(inspector).toContainText('Sitting up to reach the knee bends the hip past 90 degrees.')
    await expect(inspector).toContainText('Avoid')
    if (mode === 'pointer') await page.screenshot({ path: 'test-results/screens/custom-exercise-builder-warning.png' })
    await ui.press(inspector.getByRole('button', { name: 'Keep, with reason' }).first())
    await ui.fill(inspector.getByLabel('Why this exercise stays'), 'Done lying down with the surgeon’s agreement.')
    await ui.press(inspector.getByRole('button', { name: 'Keep it' }))
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

    await page.goto(`/#/clients/${client.id}/plans/${plan.id}/handout`)
    await expect(page.getByText('Preview up to date')).toBeVisible({ timeout: 60_000 })
    await ui.press(page.getByRole('button', { name: 'Save PDF…' }))
    await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible({ timeout: 30_000 })
    const saved = desktop.saveDialogs.at(-1)!
    const pdf = `${desktop.home}/${saved.defaultName}`
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(name)
    expect(imagesIn(pdf)).toContain('160×120')
    if (mode === 'pointer') execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, 'test-results/screens/custom-exercise-handout'])
  })
}

test('editing an own exercise opens with its fields filled, and a built-in is duplicated as "my version"', async ({ page, services }) => {
  const { exercise } = await services.store.customExercises.save({
    name, otherNames: [], summary: 'Squeeze a rolled towel under the knee.', regions: ['knee'], kind: 'strength', startingPosition: 'sitting',
    spinalMovements: [], equipment: ['towel'], level: 'beginner', defaultDose: { reps: 12, side: 'none', frequency: { timesPerDay: 2, daysPerWeek: 7 } },
    steps: ['Sit tall.', 'Place the towel.', 'Press down.'], cues: ['Toes up.'], commonMistakes: ['Holding the breath.'], safetyNotes: ['Stop if it hurts.'],
    contraindications: [], variations: [], poseId: 'no-drawing', noDrawingYet: true
  })
  await page.goto('/#/library/exercises/new')
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('')
  await page.goto(`/#/library/exercises/${exercise.id}/edit`)
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name)
  await expect(page.getByLabel('Repetitions')).toHaveValue('12')
  await page.goto('/#/library/exercises/new?from=cat-cow')
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Cat-cow (my version)')
})
