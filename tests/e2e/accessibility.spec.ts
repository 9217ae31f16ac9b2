import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { Services } from '../../electron/main/services'
import { expect, test } from './harness'

interface Ids { client: string; plan: string; own: string }
interface Screen { name: string; path: (ids: Ids) => string; ready: string; tab?: string; press?: string }

/** Every screen, with data in it: the clinician's real view, not an empty shell. */
async function practice(services: Services): Promise<Ids> {
  const client = await services.store.clients.create({ givenName: 'Ruth', familyName: 'Okafor', dateOfBirth: '1950-06-01', conditions: ['thr_posterior'], surgeonRestrictions: '', notes: '' })
  const plan = await services.store.plans.create(client.id, {
    title: 'Hip-safe back routine', goals: ['Walk to the shops'], status: 'draft',
    items: [
      { id: 'item-1', exerciseId: 'childs-pose', dosage: { holdSeconds: 30, reps: 3, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 7 } }, patientNote: '', clinicianNote: '', acknowledgedWarnings: [] },
      { id: 'item-2', exerciseId: 'cat-cow', dosage: { reps: 8, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 7 } }, patientNote: '', clinicianNote: '', acknowledgedWarnings: [] }
    ]
  })
  const own = await services.store.customExercises.save({
    name: 'Towel squeeze', otherNames: [], summary: 'Squeeze a rolled towel between the knees.', regions: ['hips'], kind: 'strength',
    startingPosition: 'sitting', spinalMovements: [], equipment: ['towel'], level: 'beginner',
    defaultDose: { reps: 10, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 7 } },
    steps: ['Sit tall.', 'Place the towel.', 'Squeeze gently.'], cues: ['Breathe out.'], commonMistakes: ['Holding the breath.'], safetyNotes: ['Stop if it hurts.'],
    contraindications: [{ condition: 'thr_posterior', level: 'avoid', reason: 'Deep hip bend when sitting low.', sources: ['clinical reasoning'] }], variations: [], poseId: 'seated-neutral'
  })
  await services.store.templates.save({ title: 'Hip class', description: 'Our Tuesday group.', goals: [], tags: ['post-op', 'group'], items: [{ exerciseId: 'cat-cow', dosage: { reps: 8, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 7 } }, patientNote: '' }] })
  return { client: client.id, plan: plan.id, own: own.exercise.id }
}

const screens: Screen[] = [
  { name: 'clients', path: () => '/#/clients', ready: 'Ruth Okafor' },
  { name: 'client-plans', path: (ids) => `/#/clients/${ids.client}`, ready: 'Hip-safe back routine' },
  { name: 'client-screening', path: (ids) => `/#/clients/${ids.client}`, ready: 'Ruth Okafor', tab: 'Screening' },
  { name: 'client-profile', path: (ids) => `/#/clients/${ids.client}`, ready: 'Ruth Okafor', tab: 'Profile' },
  { name: 'builder', path: (ids) => `/#/clients/${ids.client}/plans/${ids.plan}`, ready: 'Goals and advice' },
  { name: 'library', path: () => '/#/library', ready: 'Cat-cow' },
  { name: 'templates', path: () => '/#/templates', ready: 'Basic daily back routine (10–15 min)' },
  { name: 'settings', path: () => '/#/settings', ready: 'Clinic details' },
  { name: 'handout', path: (ids) => `/#/clients/${ids.client}/plans/${ids.plan}/handout`, ready: 'Preview up to date' },
  // Templates and custom exercises (issue 13): the menus and dialogs as well as the pages.
  { name: 'templates-start-plan', path: () => '/#/templates', ready: 'Hip class', press: 'Start a plan…' },
  { name: 'templates-menu', path: () => '/#/templates', ready: 'Hip class', press: 'More actions for Hip class' },
  { name: 'library-custom', path: (ids) => `/#/library?exercise=${ids.own}`, ready: 'Edit my exercise' },
  { name: 'custom-exercise-new', path: () => '/#/library/exercises/new', ready: 'Save exercise' },
  { name: 'custom-exercise-edit', path: (ids) => `/#/library/exercises/${ids.own}/edit`, ready: 'Edit “Towel squeeze”' }
]

async function seriousViolations(page: Page) {
  // Every rule runs as before; only the violations are gathered in full (axe otherwise also lists
  // every node that passed, thousands on the library's 174 cards).
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)
}

// Axe on every screen at two zooms is the slowest part of the suite: the screens are checked in
// groups that run on separate workers.
test.describe.configure({ mode: 'parallel' })
const groups = [screens.slice(0, 5), screens.slice(5, 9), screens.slice(9)]

for (const zoom of [{ label: '100%', width: 1280, height: 800 }, { label: '200%', width: 640, height: 400 }]) {
  for (const group of groups) {
    test(`${group.map((s) => s.name).join(', ')} at ${zoom.label} zoom: no serious or critical axe-core violation, nothing wider than the window`, async ({ page, services }) => {
      test.setTimeout(300_000)
      await page.setViewportSize({ width: zoom.width, height: zoom.height })
      const ids = await practice(services)
      for (const screen of group) {
        await page.goto(screen.path(ids))
        await expect(page.getByText(screen.ready, { exact: true }).first()).toBeVisible()
        if (screen.tab) await page.getByRole('tab', { name: screen.tab }).click()
        if (screen.press) await page.getByRole('button', { name: screen.press }).first().click()
        await page.screenshot({ path: `test-results/screens/a11y-${screen.name}-${zoom.label.replace('%', '')}.png` })
        expect(await seriousViolations(page), screen.name).toEqual([])
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, `${screen.name} is wider than the window`).toBeLessThanOrEqual(0)
        if (screen.press) await page.keyboard.press('Escape') // the next screen may be on the same page
      }
    })
  }
}

test('at 200% zoom the builder shows one pane at a time and its top-bar actions stay reachable', async ({ page, services }) => {
  await page.setViewportSize({ width: 640, height: 400 })
  const client = await services.store.clients.create({ givenName: 'Ruth', familyName: 'Okafor', conditions: [], surgeonRestrictions: '', notes: '' })
  const plan = await services.store.plans.create(client.id, { title: 'Back plan', goals: [], items: [], status: 'draft' })
  await page.goto(`/#/clients/${client.id}/plans/${plan.id}`)
  await page.getByRole('button', { name: 'Library', exact: true }).click()
  await page.getByRole('button', { name: 'Add Cat-cow to the plan' }).click()
  await page.getByRole('button', { name: 'Selected exercise' }).click()
  await expect(page.getByLabel('Repetitions')).toBeInViewport()
  for (const name of ['Save as template…', 'Preview handout']) {
    const button = page.getByRole('button', { name })
    await button.scrollIntoViewIfNeeded()
    await expect(button).toBeInViewport()
  }
  await page.screenshot({ path: 'test-results/screens/builder-200-inspector.png' })
})
