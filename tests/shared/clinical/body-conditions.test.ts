import { describe, expect, it } from 'vitest'
import { clientSchema, type Restriction } from '../../../shared/domain'
import { library } from '../../../shared/library'
import { applyImplications, checkPlan, demandsOf, describePostOp, postOpStatuses } from '../../../shared/safety'
import { makeClient, makePlan } from '../fixtures'

describe('conditions that imply others', () => {
  it('applies the knee rules to a knee replacement without the clinician choosing knee pathology', () => {
    expect(applyImplications(library, ['tkr_early'])).toEqual([{ id: 'tkr_early' }, { id: 'knee_pathology', impliedBy: 'tkr_early' }])
    const check = checkPlan(makePlan(['childs-pose']), makeClient(['tkr_early']))
    const warning = check.items[0]!.warnings.find((w) => w.condition === 'knee_pathology')
    expect(warning).toMatchObject({ level: 'caution', impliedBy: 'tkr_early' })
  })

  it('lists an implied condition once, as chosen, when the clinician also chose it', () => {
    expect(applyImplications(library, ['knee_oa', 'knee_pathology', 'tkr_early']).map((c) => [c.id, c.impliedBy])).toEqual([
      ['knee_oa', undefined], ['knee_pathology', undefined], ['tkr_early', undefined]
    ])
  })

  it('never suggests an alternative that an implied condition makes avoid-level', () => {
    const check = checkPlan(makePlan(['childs-pose']), makeClient(['rcr_protected', 'thr_posterior']))
    for (const w of check.items[0]!.warnings) {
      if (!w.alternativeId) continue
      const applied = applyImplications(library, ['rcr_protected', 'thr_posterior']).map((c) => c.id)
      for (const c of applied) expect(library.contraindications.get(w.alternativeId)?.get(c)?.level, `${w.alternativeId} × ${c}`).not.toBe('avoid')
    }
  })
})

describe('post-operative conditions', () => {
  const client = (date: string) => makeClient(['tkr_early', 'knee_oa'], { operations: [{ condition: 'tkr_early', date, side: 'left' }] })

  it('shows the week since the operation, counting the operation day as week 1', () => {
    expect(postOpStatuses(client('2026-11-01'), library, '2026-11-01')[0]).toMatchObject({ week: 1, reviewDue: false })
    expect(postOpStatuses(client('2026-11-01'), library, '2026-11-15')[0]).toMatchObject({ week: 3, protocolWeeks: 12 })
    expect(describePostOp(postOpStatuses(client('2026-11-01'), library, '2026-11-15')[0]!)).toBe('Week 3 of 12, left side')
  })

  it('asks for a review at the end of the protocol and keeps the condition (never clears itself)', () => {
    const late = client('2026-01-05')
    const [status] = postOpStatuses(late, library, '2026-06-01')
    expect(status).toMatchObject({ condition: 'tkr_early', reviewDue: true })
    expect(describePostOp(status!)).toMatch(/review this condition/)
    expect(late.conditions).toContain('tkr_early')
    expect(checkPlan(makePlan(['childs-pose']), late).items[0]!.warnings.some((w) => w.condition === 'knee_pathology')).toBe(true)
  })

  it('asks for the date when a post-operative condition has none, and ignores conditions that are not time-bound', () => {
    const statuses = postOpStatuses(makeClient(['tkr_early', 'knee_oa']), library, '2026-11-15')
    expect(statuses.map((s) => s.condition)).toEqual(['tkr_early'])
    expect(describePostOp(statuses[0]!)).toBe('Record the operation date and side')
  })

  it('refuses an operation on a day that does not exist or an unknown side', () => {
    const bad = { ...client('2026-11-01'), operations: [{ condition: 'tkr_early', date: '2026-02-30', side: 'left' }] }
    expect(clientSchema.safeParse(bad).success).toBe(false)
    const side = { ...client('2026-11-01'), operations: [{ condition: 'tkr_early', date: '2026-02-03', side: 'middle' }] }
    expect(clientSchema.safeParse(side).success).toBe(false)
  })
})

describe('structured surgeon-set restrictions', () => {
  const withRestriction = (r: Restriction, exerciseIds: string[]) =>
    checkPlan(makePlan(exerciseIds), makeClient([r.condition], { restrictions: [r] }))

  it('measures hip flexion from the drawing', () => {
    expect(demandsOf(library.exercises.get('knee-to-chest-double')!).hipFlexion).toBe(120)
    expect(demandsOf(library.exercises.get('crook-lying-rest')!).hipFlexion).toBe(45)
  })

  it('flags an exercise that bends the hip past the surgeon\'s limit and passes one within it', () => {
    const check = withRestriction({ kind: 'hip-flexion-limit', condition: 'thr_anterior', degrees: 90 }, ['knee-to-chest-double', 'crook-lying-rest'])
    const flagged = check.items[0]!.warnings.find((w) => /hip bending past 90°/.test(w.reason))
    expect(flagged).toMatchObject({ level: 'avoid', condition: 'thr_anterior', sources: ['clinical reasoning'] })
    expect(flagged!.reason).toMatch(/about 120°/)
    expect(check.items[1]!.warnings.filter((w) => /hip bending/.test(w.reason))).toEqual([])
  })

  it('flags active arm lifting but not a lying rest when the arm may not be lifted', () => {
    const check = withRestriction({ kind: 'no-active-shoulder-elevation', condition: 'rcr_protected' }, ['wall-angels', 'crook-lying-rest'])
    expect(check.items[0]!.warnings.some((w) => w.level === 'avoid' && /no active lifting of the arm/.test(w.reason))).toBe(true)
    expect(check.items[1]!.warnings).toEqual([])
  })

  it('grades standing and kneeling work by the weight-bearing status', () => {
    const nwb = withRestriction({ kind: 'weight-bearing', condition: 'ankle_fracture_fixed', status: 'non-weight-bearing' }, ['standing-back-extension', 'cat-cow', 'pelvic-tilt'])
    expect(nwb.items.map((i) => i.status)).toEqual(['avoid', 'avoid', 'ok'])
    const pwb = withRestriction({ kind: 'weight-bearing', condition: 'ankle_fracture_fixed', status: 'partial-weight-bearing' }, ['standing-back-extension', 'cat-cow'])
    expect(pwb.items.map((i) => i.status)).toEqual(['caution', 'ok'])
    const wbat = withRestriction({ kind: 'weight-bearing', condition: 'ankle_fracture_fixed', status: 'as-tolerated' }, ['standing-back-extension'])
    expect(wbat.items[0]!.status).toBe('ok')
  })

  it('lets the clinician keep a restricted exercise with a recorded reason', () => {
    const r: Restriction = { kind: 'weight-bearing', condition: 'ankle_fracture_fixed', status: 'non-weight-bearing' }
    const plan = makePlan(['standing-back-extension'])
    plan.items[0]!.acknowledgedWarnings = [{ condition: 'ankle_fracture_fixed', reason: 'Done sitting on a high stool', date: '2026-11-29' }]
    const check = checkPlan(plan, makeClient([r.condition], { restrictions: [r] }))
    expect(check.items[0]!.status).toBe('ok')
    expect(check.counts.acknowledged).toBe(1)
  })

  it('refuses a hip flexion limit outside 30–120° with a clear message', () => {
    const result = clientSchema.safeParse(makeClient(['thr_posterior'], { restrictions: [{ kind: 'hip-flexion-limit', condition: 'thr_posterior', degrees: 200 }] }))
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toMatch(/between 30° and 120°/)
  })
})
