import type { Exercise } from '../domain'
import type { Library } from './create-library'

export interface Ladder { easier?: Exercise; harder?: Exercise; whenHarder?: string }

/** The next step down and up from an exercise: its first regression and first progression that exist. */
export function ladderOf(library: Pick<Library, 'exercises'>, exercise: Pick<Exercise, 'variations'>): Ladder {
  const find = (kind: 'regression' | 'progression') => {
    const variation = exercise.variations.find((v) => v.kind === kind && library.exercises.has(v.exerciseId))
    return variation ? { exercise: library.exercises.get(variation.exerciseId)!, when: variation.when } : undefined
  }
  const down = find('regression')
  const up = find('progression')
  const ladder: Ladder = {}
  if (down) ladder.easier = down.exercise
  if (up) {
    ladder.harder = up.exercise
    ladder.whenHarder = up.when
  }
  return ladder
}
