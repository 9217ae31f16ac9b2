import { describe, expect, it } from 'vitest'
import { planSchema } from '../../../shared/domain/plan'
import { nextPhaseOf, phaseChanges } from '../../../shared/domain/plan-phase'
import { makeItem, makePlan } from '../fixtures'

describe('next phase of a plan', () => {
  it('copies the exercises with new ids, counts the phase on and links the source', () => {
    let n = 0
    const source = makePlan(['cat-cow', 'bridge'], { title: 'Back plan', goals: ['Sit for an hour'], advice: 'Heat first', status: 'active' })
    const next = nextPhaseOf(source, () => `new-${++n}`)
    expect(next).toMatchObject({ title: 'Back plan — Phase 2', phase: 2, previousPlanId: 'plan-1', status: 'draft', goals: ['Sit for an hour'], advice: 'Heat first' })
    expect(next.items.map((i) => [i.id, i.exerciseId])).toEqual([['new-1', 'cat-cow'], ['new-2', 'bridge']])
    next.items[0]!.dosage.reps = 99
    expect(source.items[0]!.dosage.reps).not.toBe(99)
  })

  it('renames "Phase 2" to "Phase 3" rather than stacking suffixes, and stays a valid plan', () => {
    const next = nextPhaseOf(makePlan(['cat-cow'], { title: 'Back plan — Phase 2', phase: 2 }), () => 'x')
    expect(next.title).toBe('Back plan — Phase 3')
    expect(planSchema.safeParse({ ...makePlan([]), ...next }).success).toBe(true)
  })
})

describe('changes since the previous phase', () => {
  it('lists added, dose-changed and removed exercises', () => {
    const before = makePlan(['cat-cow', 'bridge', 'pelvic-tilt'])
    const changedDose = { ...makeItem('bridge', 1), dosage: { ...makeItem('bridge').dosage, reps: 12 } }
    const after = { items: [makeItem('cat-cow', 0), changedDose, makeItem('bird-dog', 3)] }
    expect(phaseChanges(before, after)).toEqual([
      { kind: 'dose', exerciseId: 'bridge' },
      { kind: 'added', exerciseId: 'bird-dog' },
      { kind: 'removed', exerciseId: 'pelvic-tilt' }
    ])
    expect(phaseChanges(before, before)).toEqual([])
  })
})
