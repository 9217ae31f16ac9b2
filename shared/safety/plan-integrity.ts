import type { ConditionId, Exercise, PlanItem } from '../domain'
import type { ItemCheck, PlanCheck } from './check-types'

export interface PlanProblem {
  /** Dotted path of the offending field, e.g. "items.2.exerciseId". */
  path: string
  message: string
}

type CheckedItem = Pick<PlanItem, 'id' | 'exerciseId' | 'acknowledgedWarnings'>

/**
 * What main refuses in a plan the page sends (issue 10): exercises it does not know, the same
 * item id twice, and "keep, with reason" for a warning this client does not have on this exercise.
 */
export function planProblems(
  plan: { items: readonly CheckedItem[] },
  conditions: readonly ConditionId[],
  exerciseOf: (id: string) => Exercise | undefined
): PlanProblem[] {
  const problems: PlanProblem[] = []
  const seen = new Set<string>()
  plan.items.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ path: `items.${i}.id`, message: `Item id "${item.id}" is used twice in this plan` })
    seen.add(item.id)
    const exercise = exerciseOf(item.exerciseId)
    if (!exercise) {
      problems.push({ path: `items.${i}.exerciseId`, message: `No exercise "${item.exerciseId}" in the library` })
      return
    }
    item.acknowledgedWarnings.forEach((ack, a) => {
      const warns = conditions.includes(ack.condition) && exercise.contraindications.some((rule) => rule.condition === ack.condition)
      if (!warns) {
        problems.push({ path: `items.${i}.acknowledgedWarnings.${a}.condition`, message: `"${exercise.name}" has no warning for "${ack.condition}" for this client, so there is nothing to keep with a reason` })
      }
    })
  })
  return problems
}

/** Items with an Avoid warning that was neither swapped, removed nor kept with a reason. */
export function unresolvedAvoid(check: Pick<PlanCheck, 'items'>): ItemCheck[] {
  return check.items.filter((item) => item.warnings.some((w) => w.level === 'avoid' && !w.acknowledged))
}
