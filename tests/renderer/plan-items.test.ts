import { describe, expect, it } from 'vitest'
import { swapped } from '../../renderer/src/features/plan-builder/plan-items'
import type { PlanItem } from '../../shared/domain'
import { library } from '../../shared/library'

const item: PlanItem = {
  id: 'item-1', exerciseId: 'supine-twist', patientNote: 'Slowly.', clinicianNote: 'Likes mornings.', acknowledgedWarnings: [],
  dosage: { holdSeconds: 45, reps: 4, sets: 2, side: 'each', frequency: { timesPerDay: 2, daysPerWeek: 7 } }
}

describe('swap in the plan builder', () => {
  it('keeps the dose when the safer version is held too, and remembers what it replaced', () => {
    const next = swapped(item, library.exercises.get('open-book')!)
    expect(next).toMatchObject({ exerciseId: 'open-book', swappedFrom: 'supine-twist', patientNote: 'Slowly.', dosage: item.dosage, clinicianNote: 'Likes mornings.' })
  })

  it('notes in the clinician\'s note what could not be carried over', () => {
    const next = swapped(item, library.exercises.get('supine-twist-small-range')!)
    expect(next.dosage).toMatchObject({ sets: 2, side: 'each', frequency: { timesPerDay: 2, daysPerWeek: 7 } })
    expect(next.dosage.holdSeconds).toBeUndefined()
    expect(next.clinicianNote).toMatch(/^Likes mornings\.\n.+done in repetitions: 10 repetitions instead of 45 s hold × 4\.$/)
  })
})
