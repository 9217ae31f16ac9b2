import { describe, expect, it } from 'vitest'
import type { ConditionId } from '../../../shared/domain'
import { estimatePlanMinutes } from '../../../shared/dose'
import { library } from '../../../shared/library'
import { checkPlan, type PlanCheck } from '../../../shared/safety'
import { makeClient, makeItem, makePlan } from '../fixtures'

type Expected = Record<string, ['ok'] | ['avoid' | 'caution', ConditionId, string | undefined]>

interface Scenario { name: string; conditions: ConditionId[]; expected: Expected; notes: string[] }

const scenarios: Scenario[] = [
  {
    name: 'second trimester of pregnancy',
    conditions: ['pregnancy_t2plus'],
    expected: {
      'sphinx': ['avoid', 'pregnancy_t2plus', 'wall-supported-extension'],
      'supine-twist': ['caution', 'pregnancy_t2plus', 'open-book'],
      'pelvic-tilt': ['caution', 'pregnancy_t2plus', 'pelvic-tilt-standing'],
      // Heel slides lie on the back too (the same caution): no swap offered, only the modification.
      'dead-bug': ['caution', 'pregnancy_t2plus', undefined],
      'cat-cow': ['ok'],
      'bird-dog': ['ok']
    },
    notes: ['time-on-back']
  },
  {
    name: 'posterior-approach hip replacement',
    conditions: ['thr_posterior'],
    expected: {
      'childs-pose': ['avoid', 'thr_posterior', 'crook-lying-rest'],
      'knee-to-chest-double': ['avoid', 'thr_posterior', 'pelvic-tilt'],
      'figure-4-supine': ['avoid', 'thr_posterior', 'figure-4-wall'],
      'supine-twist': ['avoid', 'thr_posterior', 'open-book'],
      'chair-twist': ['caution', 'thr_posterior', undefined],
      'glute-bridge': ['ok']
    },
    notes: ['surgeon-restrictions']
  },
  {
    name: 'osteoporosis',
    conditions: ['osteoporosis'],
    expected: {
      'childs-pose': ['caution', 'osteoporosis', 'childs-pose-supported'],
      'supine-twist': ['caution', 'osteoporosis', 'supine-twist-small-range'],
      'knee-to-chest-double': ['caution', 'osteoporosis', undefined],
      'cat-cow': ['caution', 'osteoporosis', undefined],
      'wall-angels': ['ok'],
      'bird-dog': ['ok']
    },
    notes: ['repeated-flexion']
  },
  {
    name: 'knee replacement',
    conditions: ['knee_pathology'],
    expected: {
      'childs-pose': ['caution', 'knee_pathology', undefined],
      'hip-flexor-kneeling': ['caution', 'knee_pathology', 'hip-flexor-standing'],
      'figure-4-supine': ['caution', 'knee_pathology', 'figure-4-wall'],
      'glute-bridge': ['ok'],
      'hamstring-stretch-strap': ['ok']
    },
    notes: []
  },
  {
    name: 'no conditions',
    conditions: [],
    expected: { 'childs-pose': ['ok'], 'sphinx': ['ok'], 'plank': ['ok'], 'supine-twist': ['ok'] },
    notes: []
  }
]

function firstWarning(check: PlanCheck, exerciseId: string) {
  const item = check.items.find((i) => i.exerciseId === exerciseId)
  return { status: item?.status, warning: item?.warnings[0] }
}

describe('checkPlan: clinical scenarios', () => {
  it.each(scenarios)('$name', ({ conditions, expected, notes }) => {
    const check = checkPlan(makePlan(Object.keys(expected)), makeClient(conditions))
    for (const [exerciseId, [level, condition, alternativeId]] of Object.entries(expected)) {
      const { status, warning } = firstWarning(check, exerciseId)
      expect(status, exerciseId).toBe(level)
      if (level === 'ok') continue
      expect(warning, exerciseId).toMatchObject({ level, condition, acknowledged: null })
      expect(warning?.alternativeId, exerciseId).toBe(alternativeId)
      expect(warning?.reason.length).toBeGreaterThan(10)
      expect(warning?.sources.length).toBeGreaterThan(0)
    }
    expect(check.notes.map((n) => n.id)).toEqual(notes)
  })
})

describe('checkPlan: rules in detail', () => {
  it('flags a plan of only extension exercises for a client worse bending back', () => {
    const check = checkPlan(makePlan(['standing-back-extension', 'bird-dog', 'wall-supported-extension']), makeClient(['dp_flexion']))
    expect(check.notes).toMatchObject([{ id: 'direction-mismatch', level: 'warning', itemIds: ['item-0', 'item-2'], sources: ['DP'] }])
  })

  it('is content once the same client has a flexion exercise too', () => {
    const check = checkPlan(makePlan(['standing-back-extension', 'knee-to-chest-single', 'bird-dog']), makeClient(['dp_flexion']))
    expect(check.notes.map((n) => n.id)).not.toContain('direction-mismatch')
  })

  it('mirrors the rule for a client worse bending forward', () => {
    const check = checkPlan(makePlan(['childs-pose', 'knee-to-chest-single']), makeClient(['dp_extension']))
    expect(check.notes.map((n) => n.id)).toContain('direction-mismatch')
  })

  it('treats an acknowledged warning ("Keep, with reason") as decided, not open', () => {
    const plan = makePlan([])
    plan.items = [makeItem('childs-pose', 0, [{ condition: 'thr_posterior', reason: 'Surgeon allows flexion to 110°', date: '2025-01-10' }])]
    const check = checkPlan(plan, makeClient(['thr_posterior']))
    expect(check.items[0]?.status).toBe('ok')
    expect(check.items[0]?.warnings[0]?.acknowledged?.reason).toBe('Surgeon allows flexion to 110°')
    expect(check.counts).toEqual({ avoid: 0, caution: 0, acknowledged: 1 })
  })

  it('never offers an alternative that another of the client\'s conditions rules out', () => {
    const check = checkPlan(makePlan(['childs-pose']), makeClient(['thr_posterior', 'pregnancy_t2plus']))
    const pregnancy = check.items[0]?.warnings.find((w) => w.condition === 'pregnancy_t2plus')
    expect(pregnancy?.alternativeId).toBeUndefined()
    expect(check.items[0]?.warnings.map((w) => w.level)).toEqual(['avoid', 'caution'])
  })

  it('falls back to a safer variation when the named alternative is ruled out, and offers none when none is safer', () => {
    // For osteoporosis the twist suggests the small-range version, which a posterior hip replacement
    // rules out; the side-lying open book is allowed for the hip but carries the same osteoporosis
    // caution, so it answers the Avoid and not the Caution.
    const check = checkPlan(makePlan(['supine-twist']), makeClient(['osteoporosis', 'thr_posterior']))
    expect(check.items[0]?.warnings.find((w) => w.condition === 'thr_posterior')?.alternativeId).toBe('open-book')
    expect(check.items[0]?.warnings.find((w) => w.condition === 'osteoporosis')?.alternativeId).toBeUndefined()
    const single = checkPlan(makePlan(['supine-twist']), makeClient(['osteoporosis']))
    expect(single.items[0]?.warnings[0]?.alternativeId).toBe('supine-twist-small-range')
  })

  it('reports the session length with the check, for the plan builder\'s top bar', () => {
    const plan = makePlan(['childs-pose', 'cat-cow', 'glute-bridge'])
    expect(checkPlan(plan, makeClient()).estimatedMinutes).toBe(estimatePlanMinutes(plan, library))
    expect(checkPlan(makePlan([]), makeClient()).estimatedMinutes).toBe(0)
  })

  it('reports an exercise the library does not know', () => {
    const check = checkPlan(makePlan(['no-such-exercise']), makeClient())
    expect(check.items[0]).toEqual({ itemId: 'item-0', exerciseId: 'no-such-exercise', status: 'unknown-exercise', warnings: [] })
  })

  it('counts open avoid and caution warnings across the plan', () => {
    const check = checkPlan(makePlan(['sphinx', 'prone-press-up', 'supine-twist']), makeClient(['pregnancy_t2plus']))
    expect(check.counts).toEqual({ avoid: 2, caution: 1, acknowledged: 0 })
  })

  it('quotes the surgeon\'s restrictions back to the clinician', () => {
    const client = makeClient(['thr_posterior'], { surgeonRestrictions: 'No flexion past 80° for 8 weeks' })
    const note = checkPlan(makePlan(['glute-bridge']), client).notes.find((n) => n.id === 'surgeon-restrictions')
    expect(note?.message).toContain('No flexion past 80° for 8 weeks')
  })

  it('warns about getting down to the floor for a client at risk of falls', () => {
    const check = checkPlan(makePlan(['chin-tucks', 'glute-bridge', 'bird-dog']), makeClient(['balance_falls_risk']))
    expect(check.notes.find((n) => n.id === 'floor-transfers')?.itemIds).toEqual(['item-1', 'item-2'])
  })

  it('suggests strengthening when a plan of three or more has none', () => {
    expect(checkPlan(makePlan(['childs-pose', 'cat-cow', 'sphinx']), makeClient()).notes.map((n) => n.id)).toEqual(['no-strengthening'])
    expect(checkPlan(makePlan(['childs-pose', 'cat-cow', 'glute-bridge']), makeClient()).notes).toEqual([])
  })

  it('reminds to review a first-trimester plan before 16 weeks', () => {
    const check = checkPlan(makePlan(['sphinx', 'bird-dog']), makeClient(['pregnancy_t1']))
    expect(check.notes.find((n) => n.id === 'review-by-16-weeks')?.itemIds).toEqual(['item-0'])
  })

  it('notes a session too long to keep up at home', () => {
    const ids = ['childs-pose', 'cat-cow', 'sphinx', 'glute-bridge', 'bird-dog', 'plank', 'side-plank', 'open-book',
      'thread-the-needle', 'figure-4-supine', 'hamstring-stretch-strap', 'hip-flexor-kneeling', 'supine-twist',
      'knee-to-chest-single', 'seated-spinal-twist', 'standing-side-stretch', 'chair-twist', 'dead-bug', 'heel-slides']
    const plan = makePlan(ids)
    for (const item of plan.items) item.dosage = { holdSeconds: 30, reps: 3, side: 'each', frequency: { timesPerDay: 1, daysPerWeek: 7 } }
    expect(checkPlan(plan, makeClient()).notes.map((n) => n.id)).toContain('long-session')
  })
})
