import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { redFlagIds, type RedFlagId } from '../../../shared/domain/red-flag'
import type { PlanInput, ScreeningInput } from '../../../shared/ipc/store-types'
import { screeningQuestions } from '../../../shared/safety'
import { createServices } from '../../../electron/main/services'
import { decryptExport } from '../../../electron/main/store/crypto/export-cipher'
import { testVault } from '../store/helpers'
import { desktopIn, mainPerTest, value } from '../main-per-test'

/**
 * Issue 10, "main recomputes, never trusts": every rule is driven through the real dispatcher
 * and handlers (as the window's IPC calls are), against a real store in a temporary folder.
 */
const main = mainPerTest('physioplan-safety-')
const call = (method: string, ...args: unknown[]) => main.call(method, ...args)
const today = new Date().toISOString().slice(0, 10)
const allNo = (...yes: RedFlagId[]) => Object.fromEntries(redFlagIds.map((id) => [id, yes.includes(id) ? 'yes' : 'no']))
const screening = (flags: ScreeningInput['answers']['flags'], date = today): ScreeningInput => ({ date, answers: { flags }, clinicianNote: '' })
const item = (id: string, exerciseId: string, acknowledgedWarnings: PlanInput['items'][number]['acknowledgedWarnings'] = []) => ({
  id, exerciseId, patientNote: '', clinicianNote: '', acknowledgedWarnings,
  dosage: { holdSeconds: 30, sets: 2, side: 'both' as const, frequency: { timesPerDay: 1, daysPerWeek: 7 } }
})
const plan = (items: PlanInput['items']): PlanInput => ({ title: 'Back plan', goals: [], status: 'active', items })

async function newClient(extra: Record<string, unknown> = {}) {
  return value<{ id: string }>(await call('createClient', { givenName: 'Ana', familyName: 'Silva', ...extra }))
}

describe('screenings: main works out the outcome', () => {
  it('ignores an outcome sent by the page and refuses the extra field', async () => {
    const { id } = await newClient()
    const forged = await call('saveScreening', id, { ...screening(allNo('ces_saddle')), outcome: { outcome: 'clear' } })
    expect(forged).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('stores emergency for saddle numbness and shows it in the client list', async () => {
    const { id } = await newClient()
    const saved = value<{ outcome: { outcome: string } }>(await call('saveScreening', id, screening(allNo('ces_saddle'))))
    expect(saved.outcome.outcome).toBe('emergency')
    const list = value<{ latestScreeningOutcome: string }[]>(await call('listClients'))
    expect(list[0]?.latestScreeningOutcome).toBe('emergency')
  })

  it('stores "incomplete", never "clear", when questions are left open', async () => {
    const { id } = await newClient()
    const empty = value<{ outcome: { outcome: string; unanswered: string[] } }>(await call('saveScreening', id, screening({})))
    expect(empty.outcome.outcome).toBe('incomplete')
    // No problem area recorded: the back questions (and the general ones) are asked.
    expect(empty.outcome.unanswered).toHaveLength(screeningQuestions(null).flags.length)
    expect(empty.outcome.unanswered).toContain('ces_saddle')
    expect(empty.outcome.unanswered).not.toContain('dvt_signs')
    const one = value<{ outcome: { outcome: string } }>(await call('saveScreening', id, screening({ ces_saddle: 'no' })))
    expect(one.outcome.outcome).toBe('incomplete')
  })

  it("judges the answers by the questions of the client's problem areas as stored in main, not by what the page asked", async () => {
    const { id } = await newClient({ conditions: ['tkr_early'] })
    // A knee replacement: every back question answered "no" leaves the clot and joint questions open.
    const backOnly = Object.fromEntries(screeningQuestions(null).flags.map((f) => [f.id, 'no']))
    const open = value<{ outcome: { outcome: string; unanswered: string[]; scope: unknown } }>(await call('saveScreening', id, screening(backOnly)))
    expect(open.outcome.outcome).toBe('incomplete')
    expect(open.outcome.unanswered).toEqual(expect.arrayContaining(['dvt_signs', 'pe_signs', 'hot_swollen_joint', 'ottawa_knee']))
    expect(open.outcome.unanswered).not.toContain('ces_saddle')
    expect(open.outcome.scope).toEqual({ areas: ['knee'], afterSurgery: ['knee'], assumed: false })
    // Saddle numbness is not a knee question: it is not what decides this client's outcome; a calf clot sign is.
    const clot = value<{ outcome: { outcome: string; findings: { group: string }[] } }>(await call('saveScreening', id, screening(allNo('ces_saddle', 'dvt_signs'))))
    expect(clot.outcome.outcome).toBe('emergency')
    expect(clot.outcome.findings.map((f) => f.group)).toEqual(['post_operative'])
    // The clinician adds the back as a problem area in the profile: main now asks, and acts on, the back questions too.
    value(await call('updateClient', id, { problemAreas: ['back'] }))
    const both = value<{ outcome: { findings: { group: string }[] } }>(await call('saveScreening', id, screening(allNo('ces_saddle', 'dvt_signs'))))
    expect(both.outcome.findings.map((f) => f.group).sort()).toEqual(['cauda_equina', 'post_operative'])
  })

  it('does not make a 58-year-old with night pain only urgent', async () => {
    const { id } = await newClient({ dateOfBirth: '1967-06-01' })
    const saved = value<{ outcome: { outcome: string } }>(await call('saveScreening', id, screening(allNo('rest_night_pain'))))
    expect(saved.outcome.outcome).toBe('clear')
  })
})

describe('dates of birth', () => {
  it.each(['2999-01-01', '2099-05-05'])('refuses %s (future) on create and update', async (dob) => {
    expect(await call('createClient', { givenName: 'Ana', familyName: 'Silva', dateOfBirth: dob })).toMatchObject({
      ok: false, error: { code: 'invalid-input', issues: [{ argument: 0, path: 'dateOfBirth', message: expect.stringContaining('no more than 120 years ago') }] }
    })
    const { id } = await newClient()
    expect(await call('updateClient', id, { dateOfBirth: dob })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('refuses a date of birth more than 120 years ago and accepts one exactly 120 years ago', async () => {
    const year = Number(today.slice(0, 4))
    expect((await call('createClient', { givenName: 'Ana', familyName: 'Silva', dateOfBirth: `${year - 121}${today.slice(4)}` })).ok).toBe(false)
    expect((await call('createClient', { givenName: 'Ana', familyName: 'Silva', dateOfBirth: `${year - 120}${today.slice(4)}` })).ok).toBe(true)
  })
})

describe('plans: main refuses what the page cannot vouch for', () => {
  it('refuses an unknown exercise id', async () => {
    const { id } = await newClient()
    const result = await call('createPlan', id, plan([item('a', 'levitation-pose')]))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'items.0.exerciseId' }] } })
  })

  it('refuses the same item id twice, on create and on save', async () => {
    const { id } = await newClient()
    expect(await call('createPlan', id, plan([item('a', 'cat-cow'), item('a', 'pelvic-tilt')]))).toMatchObject({ ok: false, error: { issues: [{ path: 'items.1.id' }] } })
    const created = value<{ id: string }>(await call('createPlan', id, plan([item('a', 'cat-cow')])))
    expect(await call('savePlan', id, created.id, plan([item('a', 'cat-cow'), item('a', 'cat-cow')]))).toMatchObject({ ok: false })
  })

  it('refuses "keep, with reason" for a condition the client does not have, and accepts it for one they have', async () => {
    const { id } = await newClient({ conditions: ['thr_posterior'] })
    const ack = (condition: 'thr_posterior' | 'pregnancy_t2plus') => [{ condition, reason: 'Surgeon allows it', date: today }]
    expect(await call('createPlan', id, plan([item('a', 'childs-pose', ack('pregnancy_t2plus'))]))).toMatchObject({
      ok: false, error: { issues: [{ path: 'items.0.acknowledgedWarnings.0.condition' }] }
    })
    expect((await call('createPlan', id, plan([item('a', 'childs-pose', ack('thr_posterior'))]))).ok).toBe(true)
  })

  it('refuses an import whose plan points at another client, and imports nothing', async () => {
    const { id } = await newClient()
    value(await call('createPlan', id, plan([item('a', 'cat-cow')])))
    const exportPath = join(main.dir, 'export.physioplan')
    const services = createServices({ dataDir: join(main.dir, 'data'), appName: 'PhysioPlan', appVersion: '1', vault: testVault }, desktopIn(main.dir, { savePath: exportPath, openPath: null }))
    await services.store.transfer.exportAll(exportPath, 'a long export passphrase')
    // Tampered as a plain (older-format) export, which import still accepts.
    const file = JSON.parse((await decryptExport(readFileSync(exportPath), 'a long export passphrase')).toString('utf8'))
    file.clients[0].plans[0].clientId = 'someone-else'
    file.clients[0].client.id = 'a-fresh-id'
    writeFileSync(exportPath, JSON.stringify(file))
    const fresh = createServices({ dataDir: join(main.dir, 'other'), appName: 'PhysioPlan', appVersion: '1', vault: testVault }, desktopIn(main.dir))
    await expect(fresh.store.transfer.importAll(exportPath)).rejects.toMatchObject({ code: 'invalid-input', issues: expect.arrayContaining([expect.objectContaining({ path: 'client record 1: plans.0.clientId' })]) })
    expect(await fresh.store.clients.list()).toEqual([])
  })
})

// Each case renders real PDFs; the first one loads the fonts.
describe('export gate in the handout service', { timeout: 30_000 }, () => {
  const options = { paper: 'A4', layout: 'compact', largePrint: false, showSteps: false }

  async function clientWithPlan(items = [item('a', 'cat-cow')], extra: Record<string, unknown> = {}) {
    const { id } = await newClient(extra)
    const created = value<{ id: string }>(await call('createPlan', id, plan(items)))
    return { clientId: id, source: { kind: 'plan', clientId: id, planId: created.id } }
  }

  it('holds a client with no screening, naming what is missing', async () => {
    const { source } = await clientWithPlan()
    const saved = await call('saveHandout', source, options)
    expect(saved).toMatchObject({ ok: false, error: { code: 'decision-needed', message: expect.stringContaining('no red-flag screening') } })
    expect(await call('printHandout', source, options)).toMatchObject({ ok: false, error: { code: 'decision-needed' } })
    // The preview still works, and says why it is held.
    expect(value<{ safety: { hold: string } }>(await call('previewHandout', source, options)).safety.hold).toBe('missing')
  })

  it('holds an emergency until a decision is recorded against that screening, then releases it', async () => {
    const { clientId, source } = await clientWithPlan()
    value(await call('saveScreening', clientId, screening(allNo('ces_saddle'))))
    expect(await call('saveHandout', source, options)).toMatchObject({ ok: false, error: { code: 'decision-needed', message: expect.stringContaining('Emergency') } })
    expect(await call('recordDecision', clientId, { kind: 'proceeding', reason: 'short' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const decision = value<{ answers: string; screeningId: string; date: string }>(await call('recordDecision', clientId, { kind: 'referred', to: 'A&E, Royal Infirmary', on: today }))
    expect(decision).toMatchObject({ answers: 'emergency', date: today })
    expect((await call('saveHandout', source, options)).ok).toBe(true)
    const record = value<{ decisions: unknown[] }>(await call('getClient', clientId))
    expect(record.decisions).toEqual([expect.objectContaining({ choice: { kind: 'referred', to: 'A&E, Royal Infirmary', on: today } })])
  })

  it('asks again when a newer screening holds the handout', async () => {
    const { clientId, source } = await clientWithPlan()
    value(await call('saveScreening', clientId, screening(allNo('weight_loss'))))
    value(await call('recordDecision', clientId, { kind: 'cleared', by: 'Dr Patel' }))
    expect((await call('printHandout', source, options)).ok).toBe(true)
    value(await call('saveScreening', clientId, screening(allNo('ces_bladder'))))
    expect(await call('printHandout', source, options)).toMatchObject({ ok: false, error: { code: 'decision-needed' } })
  })

  it('keeps a decision when a newer screening finds the same thing, and asks again when anything changes', async () => {
    const { clientId, source } = await clientWithPlan()
    value(await call('saveScreening', clientId, screening(allNo('weight_loss'))))
    value(await call('recordDecision', clientId, { kind: 'referred', to: 'GP', on: today }))
    // Re-screened: still urgent for the same weight loss; the referral already answers it.
    value(await call('saveScreening', clientId, screening(allNo('weight_loss'))))
    expect((await call('printHandout', source, options)).ok).toBe(true)
    // Again, with night pain as well as weight loss: the same outcome, but a new finding to decide on.
    value(await call('saveScreening', clientId, screening(allNo('weight_loss', 'ca_history'))))
    expect(await call('printHandout', source, options)).toMatchObject({ ok: false, error: { code: 'decision-needed' } })
  })

  it('holds an incomplete screening and one older than the review interval; a clear, recent one passes', async () => {
    const { clientId, source } = await clientWithPlan()
    value(await call('saveScreening', clientId, screening({ ces_saddle: 'no' })))
    expect(await call('saveHandout', source, options)).toMatchObject({ ok: false, error: { code: 'decision-needed', message: expect.stringContaining('incomplete') } })
    value(await call('saveScreening', clientId, screening(allNo(), '2024-01-10')))
    value(await call('saveScreening', clientId, screening(allNo())))
    expect((await call('saveHandout', source, options)).ok).toBe(true)

    const old = await clientWithPlan()
    const hundredDaysAgo = new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10)
    value(await call('saveScreening', old.clientId, screening(allNo(), hundredDaysAgo)))
    expect(await call('saveHandout', old.source, options)).toMatchObject({ ok: false, error: { code: 'decision-needed', message: expect.stringContaining('review interval') } })
    // The interval is a setting (default 90 days): at 180 days the same screening is recent enough.
    value(await call('saveSettings', { ...settingsInput, reviewIntervalDays: 180 }))
    expect((await call('saveHandout', old.source, options)).ok).toBe(true)
  })

  it('refuses a decision when nothing is held', async () => {
    const { clientId } = await clientWithPlan()
    value(await call('saveScreening', clientId, screening(allNo())))
    expect(await call('recordDecision', clientId, { kind: 'cleared', by: 'Dr Patel' })).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('refuses an unresolved Avoid item, and exports once it is kept with a reason', async () => {
    const { clientId, source } = await clientWithPlan([item('a', 'childs-pose')], { conditions: ['thr_posterior'] })
    value(await call('saveScreening', clientId, screening(allNo())))
    const refused = await call('saveHandout', source, options)
    expect(refused).toMatchObject({ ok: false, error: { code: 'unresolved-warnings', issues: [{ message: expect.stringContaining('Avoid') }] } })
    const preview = value<{ safety: { unresolved: { exerciseName: string }[] } }>(await call('previewHandout', source, options))
    expect(preview.safety.unresolved.map((u) => u.exerciseName)).toEqual(["Child's pose"])
    value(await call('savePlan', clientId, source.planId, plan([item('a', 'childs-pose', [{ condition: 'thr_posterior', reason: 'Surgeon cleared deep flexion', date: today }])])))
    expect((await call('saveHandout', source, options)).ok).toBe(true)
  })

  it('never holds a template handout (no client, no screening)', async () => {
    expect((await call('saveHandout', { kind: 'template', templateId: 'basic-daily-back-routine' }, options)).ok).toBe(true)
  })
})

const settingsInput = {
  clinicName: '', clinicAddress: '', clinicPhone: '', clinicEmail: '', clinicianName: '',
  handout: { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true }
}
