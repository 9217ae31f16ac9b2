import type { ConditionId, Contraindication, Exercise } from '../domain'
import type { Library } from './create-library'

export function getExercise(library: Library, id: string): Exercise | undefined {
  return library.exercises.get(id)
}

export function requireExercise(library: Library, id: string): Exercise {
  const exercise = library.exercises.get(id)
  if (!exercise) throw new Error(`Unknown exercise "${id}"`)
  return exercise
}

export function conditionName(library: Library, id: ConditionId): string {
  return library.conditions.get(id)?.name ?? id
}

/** The contraindications of one exercise that apply to the given conditions. */
export function contraindicationsFor(
  library: Library,
  exerciseId: string,
  conditions: readonly ConditionId[]
): Contraindication[] {
  const byCondition = library.contraindications.get(exerciseId)
  if (!byCondition) return []
  const found: Contraindication[] = []
  for (const condition of conditions) {
    const rule = byCondition.get(condition)
    if (rule) found.push(rule)
  }
  return found
}

/** Exercises whose name or other names contain the text (case-insensitive). */
export function searchExercises(library: Library, text: string): Exercise[] {
  const needle = text.trim().toLowerCase()
  if (needle === '') return [...library.exerciseList]
  return library.exerciseList.filter((exercise) =>
    [exercise.name, ...exercise.otherNames].some((name) => name.toLowerCase().includes(needle)))
}
