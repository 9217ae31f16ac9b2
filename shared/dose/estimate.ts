import type { Dosage, Exercise } from '../domain'

/** Assumptions behind the estimate, named so the UI can explain it. */
export const timing = {
  /** Getting into and out of position, once per exercise. */
  setupSeconds: 30,
  /** Settling between held repetitions. */
  betweenHoldsSeconds: 5,
  /** Rest between sets when the dose names none. */
  defaultRestSeconds: 30,
  /** One moved (not held) repetition, when the exercise gives no tempo. */
  defaultSecondsPerRep: 4
} as const

/** Seconds one exercise takes in a session at this dose. */
export function estimateItemSeconds(dosage: Dosage, exercise: Pick<Exercise, 'secondsPerRep'> | undefined): number {
  if (dosage.minutes !== undefined) return timing.setupSeconds + dosage.minutes * 60 * (dosage.sets ?? 1)
  const reps = dosage.reps ?? 1
  const sets = dosage.sets ?? 1
  // A walking drill takes about a second a step.
  const perRep = dosage.holdSeconds ?? dosage.steps ?? exercise?.secondsPerRep ?? timing.defaultSecondsPerRep
  const gaps = dosage.holdSeconds !== undefined ? (reps - 1) * timing.betweenHoldsSeconds : 0
  const perSide = reps * perRep + gaps
  const sides = dosage.side === 'each' ? 2 : 1
  const rest = (dosage.restSeconds ?? timing.defaultRestSeconds) * (sets - 1)
  return timing.setupSeconds + perSide * sides * sets + rest
}

interface DosedItem { exerciseId: string; dosage: Dosage }
interface ExerciseSource { exercises: ReadonlyMap<string, Pick<Exercise, 'secondsPerRep'>> }

/** Estimated minutes for one session of a plan or template, rounded to the nearest minute. */
export function estimatePlanMinutes(plan: { items: readonly DosedItem[] }, library: ExerciseSource): number {
  let seconds = 0
  for (const item of plan.items) seconds += estimateItemSeconds(item.dosage, library.exercises.get(item.exerciseId))
  if (seconds === 0) return 0
  return Math.max(1, Math.round(seconds / 60))
}
