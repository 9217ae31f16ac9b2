import { describe, expect, it } from 'vitest'
import { allowsGradedAlternative, conditionIds, sourceKeys, sourceTitles, type ConditionId } from '../../../shared/domain'
import { library } from '../../../shared/library'
import { applyImplications, checkPlan } from '../../../shared/safety'
import { makeClient, makePlan } from '../fixtures'

const rank = { ok: 0, caution: 1, avoid: 2 } as const
const levelFor = (exerciseId: string, conditions: ConditionId[]) => {
  const status = checkPlan(makePlan([exerciseId]), makeClient(conditions)).items[0]!.status
  return status === 'unknown-exercise' ? 'avoid' : status
}

/** The reference's listed pairs (clinical-reference-regions.md §3), checked by name once the exercises exist. */
const listedPairs: [string, ConditionId, 'avoid' | 'caution'][] = [
  ['childs-pose', 'thr_posterior', 'avoid'], ['childs-pose', 'tkr_early', 'avoid'], ['childs-pose', 'knee_oa', 'caution'],
  ['knee-to-chest-double', 'thr_posterior', 'avoid'], ['plank', 'shoulder_wrist_pathology', 'caution'],
  ['prone-neck-lift', 'pregnancy_t2plus', 'avoid'], ['retraction-extension', 'cervical_radic_myelopathy', 'caution'],
  ['upper-trap-stretch', 'whiplash_wad', 'caution'], ['neck-isometrics', 'hypertension_uncontrolled', 'caution'],
  ['er-band', 'rcr_protected', 'avoid'], ['cross-body-stretch', 'rcr_protected', 'avoid'], ['pendulum', 'rcr_protected', 'caution'],
  ['ir-band', 'tsa_anatomic', 'avoid'], ['hand-behind-back-stretch', 'tsa_reverse', 'avoid'], ['band-row', 'tsa_reverse', 'caution'],
  ['doorway-pec-stretch', 'shoulder_instability', 'avoid'], ['sleeper-stretch', 'frozen_shoulder', 'caution'],
  ['prone-y-t-raise', 'pregnancy_t2plus', 'avoid'], ['wrist-table-press', 'rcr_protected', 'avoid'],
  ['grip-squeeze', 'lateral_elbow_tendinopathy', 'caution'], ['hip-rolling', 'thr_posterior', 'avoid'],
  ['sit-to-stand', 'thr_posterior', 'caution'], ['split-squat', 'thr_anterior', 'avoid'], ['hip-extension-prone', 'pregnancy_t2plus', 'avoid'],
  ['split-squat', 'tkr_early', 'avoid'], ['single-leg-hops', 'tkr_early', 'avoid'], ['wall-sit', 'tkr_early', 'caution'],
  ['seated-knee-extension', 'aclr_early', 'avoid'], ['wall-sit', 'patellofemoral_pain', 'caution'], ['prone-knee-hang', 'pregnancy_t2plus', 'avoid'],
  ['calf-stretch-wall', 'achilles_rupture', 'avoid'], ['calf-raise-single', 'achilles_rupture', 'avoid'],
  ['calf-raise-eccentric-step', 'achilles_insertional', 'caution'], ['single-leg-hops', 'peripheral_neuropathy', 'avoid'],
  ['single-leg-stance-cushion', 'balance_falls_risk', 'avoid'], ['tandem-walk-backwards', 'balance_falls_risk', 'avoid'],
  ['single-leg-stance-cushion', 'peripheral_neuropathy', 'avoid'], ['plank', 'rcr_protected', 'avoid'], ['bird-dog', 'tkr_early', 'avoid']
]

/**
 * The back-care reference (clinical-reference.md §3) names graded alternatives for some cautions that
 * are themselves cautions (plank → incline plank); they stay as the reference gives them, but never
 * avoid-level. Every other rule's alternative is never flagged at the same or a higher level.
 */
const allowedLevel = (ruleCondition: ConditionId, level: 'avoid' | 'caution') =>
  allowsGradedAlternative(ruleCondition) ? rank.avoid : rank[level]

describe('whole-library safety walk', () => {
  const exercises = library.exerciseList

  it('gives every avoid/caution, for every exercise × every condition, a reason and registered sources', () => {
    const problems: string[] = []
    let warnings = 0
    for (const exercise of exercises) {
      for (const condition of conditionIds) {
        const check = checkPlan(makePlan([exercise.id]), makeClient([condition]))
        for (const w of check.items[0]!.warnings) {
          warnings += 1
          if (w.reason.trim().length < 10) problems.push(`${exercise.id} × ${condition}: no reason`)
          if (w.sources.length === 0 || w.sources.some((s) => !sourceKeys.includes(s))) problems.push(`${exercise.id} × ${condition}: bad sources`)
        }
      }
    }
    expect(problems).toEqual([])
    expect(warnings).toBeGreaterThan(exercises.length / 2)
  })

  it('never suggests an alternative flagged at the same or a higher level for that condition', () => {
    const problems: string[] = []
    for (const exercise of exercises) {
      for (const condition of conditionIds) {
        const applied = applyImplications(library, [condition]).map((c) => c.id)
        for (const w of checkPlan(makePlan([exercise.id]), makeClient([condition])).items[0]!.warnings) {
          if (!w.alternativeId) continue
          const alt = levelFor(w.alternativeId, [condition])
          if (rank[alt] >= allowedLevel(w.condition, w.level)) problems.push(`${exercise.id} × ${condition} (${w.level}) → ${w.alternativeId} is ${alt} [${applied.join(', ')}]`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('keeps the data\'s own alternatives safer than the rule they replace, implied conditions included', () => {
    const problems: string[] = []
    for (const exercise of exercises) {
      for (const rule of exercise.contraindications) {
        if (!rule.alternativeId) continue
        const alt = levelFor(rule.alternativeId, [rule.condition])
        if (rank[alt] >= allowedLevel(rule.condition, rule.level)) problems.push(`${exercise.id} × ${rule.condition} (${rule.level}) → ${rule.alternativeId} is ${alt}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('flags the reference\'s listed pairs at their level', () => {
    for (const [exerciseId, condition, level] of listedPairs) {
      if (!library.exercises.has(exerciseId)) continue
      expect(levelFor(exerciseId, [condition]), `${exerciseId} × ${condition}`).toBe(level)
    }
  })

  it('registers a title for every source key', () => {
    for (const key of sourceKeys) expect(sourceTitles[key], key).toMatch(/\w{3}/)
  })
})
