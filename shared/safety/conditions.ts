import type { Condition, ConditionId } from '../domain'

type ConditionSource = { conditions: ReadonlyMap<ConditionId, Pick<Condition, 'implies'>> }

/** A condition that applies to the client, and the chosen condition it came from when implied. */
export interface AppliedCondition { id: ConditionId; impliedBy?: ConditionId }

/**
 * The client's conditions plus every condition they imply (transitively), each once, chosen ones
 * first. A knee replacement brings the knee rules with it without the clinician ticking both.
 */
export function applyImplications(library: ConditionSource, chosen: readonly ConditionId[]): AppliedCondition[] {
  const applied = new Map<ConditionId, AppliedCondition>()
  for (const id of chosen) applied.set(id, { id })
  const queue = chosen.map((id) => ({ id, root: id }))
  while (queue.length > 0) {
    const { id, root } = queue.shift()!
    for (const implied of library.conditions.get(id)?.implies ?? []) {
      if (applied.has(implied)) continue
      applied.set(implied, { id: implied, impliedBy: root })
      queue.push({ id: implied, root })
    }
  }
  return [...applied.values()]
}

export function effectiveConditionIds(library: ConditionSource, chosen: readonly ConditionId[]): ConditionId[] {
  return applyImplications(library, chosen).map((c) => c.id)
}
