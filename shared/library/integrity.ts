import { conditionIds, redFlagIds } from '../domain'
import type { Library } from './create-library'

/**
 * Cross-reference problems zod cannot see: ids that point nowhere, suggested alternatives
 * that are themselves to be avoided for the same condition, ids with no data behind them.
 * Returns one readable line per problem; an empty list means the library is consistent.
 */
export function findIntegrityProblems(library: Library): string[] {
  const problems: string[] = []
  const known = (id: string) => library.exercises.has(id)
  for (const exercise of library.exerciseList) {
    const at = `exercise "${exercise.id}"`
    if (exercise.poseId !== exercise.id) problems.push(`${at}: poseId "${exercise.poseId}" differs from its id`)
    for (const variation of exercise.variations) {
      if (!known(variation.exerciseId)) problems.push(`${at}: variation "${variation.exerciseId}" does not exist`)
      if (variation.exerciseId === exercise.id) problems.push(`${at}: lists itself as a variation`)
    }
    for (const rule of exercise.contraindications) {
      if (!library.conditions.has(rule.condition)) problems.push(`${at}: unknown condition "${rule.condition}"`)
      if (rule.alternativeId === undefined) continue
      if (!known(rule.alternativeId)) {
        problems.push(`${at}: alternative "${rule.alternativeId}" for ${rule.condition} does not exist`)
      } else if (library.contraindications.get(rule.alternativeId)?.get(rule.condition)?.level === 'avoid') {
        problems.push(`${at}: alternative "${rule.alternativeId}" is itself avoid-level for ${rule.condition}`)
      } else if (rule.alternativeId === exercise.id) {
        problems.push(`${at}: suggests itself as the alternative for ${rule.condition}`)
      }
    }
  }
  for (const template of library.templates) {
    for (const item of template.items) {
      if (!known(item.exerciseId)) problems.push(`template "${template.id}": exercise "${item.exerciseId}" does not exist`)
    }
  }
  for (const id of conditionIds) if (!library.conditions.has(id)) problems.push(`condition "${id}" has no data`)
  for (const id of redFlagIds) if (!library.redFlags.has(id)) problems.push(`red flag "${id}" has no data`)
  for (const flag of library.redFlagList) {
    for (const escalation of flag.escalations) {
      for (const other of escalation.withAny) {
        if (!library.redFlags.has(other)) problems.push(`red flag "${flag.id}": escalation names unknown "${other}"`)
      }
    }
  }
  return problems
}

/** At most this many exercises may ship with an honest "no drawing yet" card. */
export const MAX_UNDRAWN = 10

/** Problems of the whole-body library: one easier and one harder step at most, few undrawn exercises. */
export function findLadderProblems(library: Library): string[] {
  const problems: string[] = []
  for (const exercise of library.exerciseList) {
    for (const kind of ['regression', 'progression'] as const) {
      const steps = exercise.variations.filter((v) => v.kind === kind)
      if (steps.length > 1) problems.push(`exercise "${exercise.id}": ${steps.length} ${kind}s; the builder offers one`)
    }
  }
  const undrawn = library.exerciseList.filter((e) => e.noDrawingYet).map((e) => e.id)
  if (undrawn.length > MAX_UNDRAWN) problems.push(`${undrawn.length} exercises have no drawing yet (at most ${MAX_UNDRAWN}): ${undrawn.join(', ')}`)
  return problems
}
