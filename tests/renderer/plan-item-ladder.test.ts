import { describe, expect, it } from 'vitest'
import { library, requireExercise } from '../../shared/library'
import { stepped } from '../../renderer/src/features/plan-builder/plan-items'

describe('builder easier / harder', () => {
  it('keeps the dose and the notes when the builder steps an item up, and drops the old exercise\'s decisions', () => {
    const item = { id: 'item-1', exerciseId: 'pendulum', dosage: structuredClone(requireExercise(library, 'pendulum').defaultDose), swappedFrom: 'table-slide-flexion', patientNote: 'Lean on the kitchen table', clinicianNote: 'Week 3', acknowledgedWarnings: [{ condition: 'rcr_protected' as const, reason: 'Surgeon allows it', date: '2026-11-29' }] }
    const next = stepped(item, requireExercise(library, 'table-slide-flexion'))
    expect(next).toMatchObject({ id: item.id, exerciseId: 'table-slide-flexion', dosage: item.dosage, patientNote: item.patientNote, clinicianNote: 'Week 3' })
    expect(next.dosage).not.toBe(item.dosage)
    expect(next.acknowledgedWarnings).toEqual([])
    expect(next.swappedFrom).toBeUndefined()
  })

})
