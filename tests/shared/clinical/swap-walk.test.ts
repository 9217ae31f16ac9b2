import { describe, expect, it } from 'vitest'
import { conditionIds, type ConditionId, type Dosage } from '../../../shared/domain'
import { library } from '../../../shared/library'
import { checkPlan, swapDose, worstLevel } from '../../../shared/safety'

const rank = { none: 0, caution: 1, avoid: 2 } as const
const dose: Dosage = { holdSeconds: 45, reps: 4, sets: 2, side: 'each', frequency: { timesPerDay: 2, daysPerWeek: 5 } }

/** Every condition alone and every pair of conditions. */
const conditionSets: ConditionId[][] = [
  ...conditionIds.map((c) => [c]),
  ...conditionIds.flatMap((a, i) => conditionIds.slice(i + 1).map((b) => [a, b]))
]

describe('swap walk: the library × every condition and pair of conditions', () => {
  it('never offers an alternative flagged at the same or a higher level for the same client', () => {
    const failures: string[] = []
    let checked = 0
    let offered = 0
    let noSafer = 0
    for (const exercise of library.exerciseList) {
      for (const conditions of conditionSets) {
        checked += 1
        const check = checkPlan({ items: [{ id: 'a', exerciseId: exercise.id, dosage: dose, acknowledgedWarnings: [] }] }, { conditions, surgeonRestrictions: '' })
        for (const warning of check.items[0]!.warnings) {
          if (!warning.alternativeId) {
            noSafer += 1
            continue
          }
          offered += 1
          const level = worstLevel(library, warning.alternativeId, conditions)
          if (rank[level] >= rank[warning.level]) {
            failures.push(`${exercise.id} [${conditions.join('+')}] ${warning.level} → ${warning.alternativeId} is ${level}`)
          }
        }
      }
    }
    expect(failures).toEqual([])
    // The count quoted in the closing note: 42 exercises × (20 conditions + 190 pairs).
    expect(checked).toBe(library.exerciseList.length * (conditionIds.length + (conditionIds.length * (conditionIds.length - 1)) / 2))
    console.info(`swap walk: ${checked} exercise × condition-set checks, ${offered} swaps offered, ${noSafer} warnings with no safer version`)
  })

  it('names, in the data, only alternatives that are safer for the condition they answer', () => {
    const unsafe = library.exerciseList.flatMap((exercise) => exercise.contraindications
      .filter((rule) => rule.alternativeId !== undefined)
      .filter((rule) => rank[worstLevel(library, rule.alternativeId!, [rule.condition])] >= rank[rule.level])
      .map((rule) => `${exercise.id} [${rule.condition}] ${rule.level} → ${rule.alternativeId}`))
    expect(unsafe).toEqual([])
  })
})

describe('swapDose', () => {
  const byId = (id: string) => library.exercises.get(id)!

  it('keeps the whole dose when the alternative is held too (the issue: 45 s × 4, 2 sets, twice a day)', () => {
    const { dosage, changes } = swapDose({ holdSeconds: 45, reps: 4, sets: 2, side: 'none', frequency: { timesPerDay: 2, daysPerWeek: 7 } }, byId('childs-pose-supported'))
    expect(dosage).toEqual({ holdSeconds: 45, reps: 4, sets: 2, side: 'none', frequency: { timesPerDay: 2, daysPerWeek: 7 } })
    expect(changes).toEqual([])
  })

  it('keeps sets, rest, side and frequency, and says what changed when a held exercise swaps to a moved one', () => {
    const moved = byId('supine-twist-small-range')
    const { dosage, changes } = swapDose(dose, moved)
    expect(dosage).toEqual({ reps: moved.defaultDose.reps, sets: 2, side: 'each', frequency: { timesPerDay: 2, daysPerWeek: 5 } })
    expect(changes).toEqual([`${moved.name} is done in repetitions: ${moved.defaultDose.reps} repetitions instead of 45 s hold × 4.`])
  })

  it('keeps the stenosis and posterior-hip swaps from the issue off the list: no safer version is offered', () => {
    const offered = (exerciseId: string, condition: ConditionId) => checkPlan(
      { items: [{ id: 'a', exerciseId, dosage: dose, acknowledgedWarnings: [] }] }, { conditions: [condition], surgeonRestrictions: '' }
    ).items[0]!.warnings[0]!.alternativeId
    expect(offered('standing-back-extension', 'lumbar_stenosis')).toBeUndefined()
    expect(offered('cat-cow', 'thr_posterior')).toBeUndefined()
  })
})
