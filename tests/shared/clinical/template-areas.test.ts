import { describe, expect, it } from 'vitest'
import { bodyAreas } from '../../../shared/domain'
import { library, templateArea, templatesByArea } from '../../../shared/library'

describe('templates gallery by body area', () => {
  it('files each built-in routine under its own area, in head-to-toe order', () => {
    const groups = templatesByArea(library.templates, library)
    expect(groups.map((g) => g.area)).toEqual(bodyAreas.filter((a) => groups.some((g) => g.area === a)))
    expect(groups.flatMap((g) => g.templates).length).toBe(library.templates.length)
    const knee = library.templates.find((t) => t.id === 'knee-replacement-weeks-0-6')
    if (knee) expect(templateArea(knee, library)).toBe('knee')
  })

  it('files a clinician\'s routine without an area by the area most of its exercises belong to', () => {
    const items = ['quads-set', 'heel-slides', 'chin-tucks'].filter((id) => library.exercises.has(id))
      .map((exerciseId) => ({ exerciseId, dosage: { reps: 10, side: 'none' as const, frequency: { timesPerDay: 1, daysPerWeek: 7 } }, patientNote: '' }))
    expect(templateArea({ items: items.slice(0, 1) }, library)).toBe('knee')
    expect(templateArea({ items: [], area: 'balance' }, library)).toBe('balance')
  })
})
