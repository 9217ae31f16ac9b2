import { describe, expect, it } from 'vitest'
import { localDay } from '../../../shared/domain'
import type { Plan } from '../../../shared/domain/plan'
import { redFlagIds } from '../../../shared/domain/red-flag'
import { library } from '../../../shared/library'
import { mainPerTest, value } from '../main-per-test'

const main = mainPerTest('physioplan-given-')
const call = (method: string, ...args: unknown[]) => main.call(method, ...args)
const options = { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true, chartWeeks: 1 }

async function screenedClientWithPlan() {
  const client = value<{ id: string }>(await call('createClient', { givenName: 'Ana', familyName: 'Silva' }))
  const flags = Object.fromEntries(redFlagIds.map((id) => [id, 'no']))
  value(await call('saveScreening', client.id, { date: localDay(new Date()), answers: { flags }, clinicianNote: '' }))
  const dosage = library.exercises.get('cat-cow')!.defaultDose
  const plan = value<Plan>(await call('createPlan', client.id, { title: 'Back plan', goals: [], status: 'draft', items: [{ id: 'item-1', exerciseId: 'cat-cow', dosage, patientNote: '', clinicianNote: '', acknowledgedWarnings: [] }] }))
  const source = { kind: 'plan', clientId: client.id, planId: plan.id }
  const stored = async () => value<{ plans: Plan[] }>(await call('getClient', client.id)).plans[0]!
  return { client, plan, source, stored }
}

describe('a plan is given to the patient when its handout is saved or printed (main records the day)', () => {
  it('marks the plan with the day of a saved handout, and not when the save is cancelled', async () => {
    const { source, stored } = await screenedClientWithPlan()
    main.savePath = null
    expect(value(await call('saveHandout', source, options))).toBeNull()
    expect((await stored()).givenToPatientOn).toBeUndefined()
    main.savePath = undefined
    value(await call('saveHandout', source, options))
    expect((await stored()).givenToPatientOn).toBe(localDay(new Date()))
  })

  it('marks the plan when its handout is printed, and keeps the mark through later edits', async () => {
    const { client, plan, source, stored } = await screenedClientWithPlan()
    value(await call('printHandout', source, options))
    expect((await stored()).givenToPatientOn).toBe(localDay(new Date()))
    value(await call('savePlan', client.id, plan.id, { title: 'Back plan, week 2', goals: [], status: 'active', items: (await stored()).items }))
    expect(await stored()).toMatchObject({ title: 'Back plan, week 2', givenToPatientOn: localDay(new Date()) })
  })

  it('refuses a page that tries to set the date itself', async () => {
    const { client, plan } = await screenedClientWithPlan()
    const forged = await call('savePlan', client.id, plan.id, { title: 'Back plan', goals: [], status: 'draft', items: [], givenToPatientOn: '2020-01-01' })
    expect(forged).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})
