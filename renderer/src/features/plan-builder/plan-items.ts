import type { Exercise } from '../../../../shared/domain/exercise'
import type { PlanItem } from '../../../../shared/domain/plan'
import { swapDose } from '../../../../shared/safety'

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
 * The safer version replaces the exercise with the clinician's dose carried over (shared/safety
 * swapDose); what could not be carried over is written into the clinician's note, never printed.
 */
export function swapped(item: PlanItem, alternative: Exercise): PlanItem {
  const { dosage, changes } = swapDose(item.dosage, alternative)
  const clinicianNote = [item.clinicianNote.trim(), ...changes].filter(Boolean).join('\n').slice(0, 2000)
  return {
    ...item,
    exerciseId: alternative.id,
    dosage,
    clinicianNote,
    swappedFrom: item.swappedFrom ?? item.exerciseId,
    acknowledgedWarnings: []
  }
}

/** One step easier or harder: the dose, the notes and the clinician's reasons stay the clinician's. */
export function stepped(item: PlanItem, next: Exercise): PlanItem {
  const { swappedFrom: _swappedFrom, ...rest } = item
  // A JSON copy, not structuredClone: in the builder the item is a Vue proxy, which structuredClone refuses.
  return { ...rest, exerciseId: next.id, dosage: JSON.parse(JSON.stringify(item.dosage)) as PlanItem['dosage'], acknowledgedWarnings: [] }
}
