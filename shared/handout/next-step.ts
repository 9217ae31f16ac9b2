import type { Condition, ConditionId, Exercise } from '../domain'
import { ladderOf } from '../library/ladder'
import { effectiveConditionIds } from '../safety/conditions'

type NextStepLibrary = {
  exercises: ReadonlyMap<string, Exercise>
  conditions?: ReadonlyMap<ConditionId, Pick<Condition, 'implies'>>
}

/**
 * "When this feels easy: move on to Chin tucks. Easy means you can hold …" — only when the harder
 * exercise carries no warning for the client's conditions (implied ones included), so the handout
 * never points a patient at something the clinician was not shown. `notNext` holds exercises that
 * are no next step for this patient: those already in the plan, and the one the clinician swapped
 * away from for this gentler version.
 */
export function nextStepSentence(exercise: Exercise, library: NextStepLibrary, conditions: readonly ConditionId[], notNext: ReadonlySet<string> = new Set()): string | undefined {
  const ladder = ladderOf(library, exercise)
  if (!ladder.harder || notNext.has(ladder.harder.id)) return undefined
  const applied = library.conditions ? effectiveConditionIds({ conditions: library.conditions }, conditions) : conditions
  if (ladder.harder.contraindications.some((rule) => applied.includes(rule.condition))) return undefined
  const when = ladder.whenHarder?.trim()
  const sign = when ? ` Easy means ${when.charAt(0).toLowerCase()}${when.slice(1).replace(/\.?$/, '.')}` : ''
  return `When this feels easy: move on to ${ladder.harder.name}.${sign}`
}
