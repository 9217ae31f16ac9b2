import type { Exercise } from '../../../../shared/domain/exercise'
import type { PlanItem } from '../../../../shared/domain/plan'

const newId = (): string => `item-${crypto.randomUUID()}`

/** A plan item for an exercise at its library default dose. */
export function itemFor(exercise: Exercise): PlanItem {
  return {
    id: newId(),
    exerciseId: exercise.id,
    dosage: structuredClone(exercise.defaultDose),
    patientNote: '',
    clinicianNote: '',
    acknowledgedWarnings: []
  }
}

/**
 * The safer version replaces the exercise at its own default dose (a regression is rarely
 * dosed like the original), keeps the notes, and remembers what it replaced for the handout.
 */
export function swapped(item: PlanItem, alternative: Exercise): PlanItem {
  return {
    ...item,
    exerciseId: alternative.id,
    dosage: structuredClone(alternative.defaultDose),
    swappedFrom: item.swappedFrom ?? item.exerciseId,
    acknowledgedWarnings: []
  }
}

/** One step easier or harder: the dose, the notes and the clinician's reasons stay the clinician's. */
export function stepped(item: PlanItem, next: Exercise): PlanItem {
  const { swappedFrom: _swappedFrom, ...rest } = item
  return { ...rest, exerciseId: next.id, dosage: structuredClone(item.dosage), acknowledgedWarnings: [] }
}
