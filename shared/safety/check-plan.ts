import { type ConditionId, type Contraindication, type Exercise } from '../domain'
import { estimatePlanMinutes } from '../dose'
import { library as builtInLibrary, contraindicationsFor, type Library } from '../library'
import type { CheckedClient, CheckedPlan, ItemCheck, ItemWarning, PlanCheck } from './check-types'
import { applyImplications, type AppliedCondition } from './conditions'
import { restrictionWarnings } from './restrictions'
import { planNotes } from './plan-notes'

const severity = { none: 0, caution: 1, avoid: 2 } as const

/** The most severe warning an exercise carries for any of the conditions. */
export function worstLevel(library: Library, exerciseId: string, conditions: readonly ConditionId[]): keyof typeof severity {
  let worst: keyof typeof severity = 'none'
  for (const { level } of contraindicationsFor(library, exerciseId, conditions)) if (severity[level] > severity[worst]) worst = level
  return worst
}

/**
 * The rule's own alternative, else the first regression or modification, that this client's
 * conditions flag at a lower level than the warning it answers (an Avoid may swap to a Caution;
 * a Caution only to an unflagged exercise). None: the warning offers no swap.
 */
function safeAlternative(
  library: Library,
  exercise: Exercise,
  rule: Contraindication,
  conditions: readonly ConditionId[]
): string | undefined {
  const candidates = [rule.alternativeId, ...exercise.variations.filter((v) => v.kind !== 'progression').map((v) => v.exerciseId)]
  return candidates.find((id): id is string => id !== undefined && id !== exercise.id && library.exercises.has(id) &&
    severity[worstLevel(library, id, conditions)] < severity[rule.level])
}

function checkItem(library: Library, item: CheckedPlan['items'][number], applied: readonly AppliedCondition[], client: CheckedClient): ItemCheck {
  const conditions = applied.map((c) => c.id)
  const exercise = library.exercises.get(item.exerciseId)
  if (!exercise) return { itemId: item.id, exerciseId: item.exerciseId, status: 'unknown-exercise', warnings: [] }
  const byCondition = library.contraindications.get(exercise.id)
  const warnings: ItemWarning[] = []
  let status: ItemCheck['status'] = 'ok'
  for (const { id: condition, impliedBy } of applied) {
    const rule = byCondition?.get(condition)
    if (!rule) continue
    const acknowledged = item.acknowledgedWarnings.find((a) => a.condition === condition) ?? null
    const warning: ItemWarning = {
      condition,
      conditionName: library.conditions.get(condition)?.name ?? condition,
      level: rule.level,
      reason: rule.reason,
      sources: rule.sources,
      acknowledged
    }
    if (impliedBy) warning.impliedBy = impliedBy
    if (rule.modification) warning.modification = rule.modification
    const alternativeId = safeAlternative(library, exercise, rule, conditions)
    if (alternativeId) warning.alternativeId = alternativeId
    warnings.push(warning)
    if (!acknowledged && (rule.level === 'avoid' || status === 'ok')) status = rule.level
  }
  const name = (id: ConditionId) => library.conditions.get(id)?.name ?? id
  for (const warning of restrictionWarnings(exercise, client.restrictions ?? [], name)) {
    warning.acknowledged = item.acknowledgedWarnings.find((a) => a.condition === warning.condition) ?? null
    warnings.push(warning)
    if (!warning.acknowledged && (warning.level === 'avoid' || status === 'ok')) status = warning.level
  }
  warnings.sort((a, b) => (a.level === b.level ? 0 : a.level === 'avoid' ? -1 : 1))
  return { itemId: item.id, exerciseId: item.exerciseId, status, warnings }
}

/**
 * Check every item of a plan against the client's conditions, then the plan as a whole.
 * Pure and deterministic; contraindications are looked up in indexes built once with the library.
 */
export function checkPlan(plan: CheckedPlan, client: CheckedClient, library: Library = builtInLibrary): PlanCheck {
  const applied = applyImplications(library, client.conditions)
  return planCheckOf(plan, client, library, plan.items.map((item) => checkItem(library, item, applied, client)))
}

/** One item's check, as `checkPlan` makes it: for a caller that keeps item checks between edits. */
export function checkPlanItem(item: CheckedPlan['items'][number], client: CheckedClient, library: Library = builtInLibrary): ItemCheck {
  return checkItem(library, item, applyImplications(library, client.conditions), client)
}

/** The plan's check from its items' checks: counts, minutes and plan-wide notes. */
export function planCheckOf(plan: CheckedPlan, client: CheckedClient, library: Library, items: ItemCheck[]): PlanCheck {
  const counts = { avoid: 0, caution: 0, acknowledged: 0 }
  for (const item of items) {
    for (const warning of item.warnings) {
      if (warning.acknowledged) counts.acknowledged += 1
      else counts[warning.level] += 1
    }
  }
  const estimatedMinutes = estimatePlanMinutes(plan, library)
  return { items, notes: planNotes(plan, client, library, estimatedMinutes), counts, estimatedMinutes }
}
