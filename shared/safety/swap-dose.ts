import type { Dosage, Exercise } from '../domain'

export interface SwappedDose {
  dosage: Dosage
  /** One plain sentence for the clinician when the hold or repetitions could not be carried over; empty otherwise. */
  changes: string[]
}

/** Held (a hold, repeated `reps` times) or moved (repetitions only). */
const kindOf = (dose: Pick<Dosage, 'holdSeconds'>): 'held' | 'moved' => (dose.holdSeconds !== undefined ? 'held' : 'moved')

const describe = (dose: Dosage): string => dose.holdSeconds !== undefined
  ? `${dose.holdSeconds} s hold${dose.reps !== undefined ? ` × ${dose.reps}` : ''}`
  : `${dose.reps ?? 0} repetitions`

/**
 * The clinician's dose carried over to the safer version (issue 10): sets, rest, side and
 * frequency always; the hold and repetitions too when the alternative is done the same way
 * (held, or moved). When it is not, it takes its own default hold and repetitions, and a
 * sentence says what changed.
 */
export function swapDose(dose: Dosage, alternative: Exercise): SwappedDose {
  const dosage: Dosage = { side: dose.side, frequency: { ...dose.frequency } }
  if (dose.sets !== undefined) dosage.sets = dose.sets
  if (dose.restSeconds !== undefined) dosage.restSeconds = dose.restSeconds
  const own = alternative.defaultDose
  const sameKind = kindOf(dose) === kindOf(own)
  const source = sameKind ? dose : own
  if (source.holdSeconds !== undefined) dosage.holdSeconds = source.holdSeconds
  if (source.reps !== undefined) dosage.reps = source.reps
  const changes = sameKind ? [] : [
    `${alternative.name} is ${kindOf(own) === 'held' ? 'held' : 'done in repetitions'}: ${describe(dosage)} instead of ${describe(dose)}.`
  ]
  return { dosage, changes }
}
