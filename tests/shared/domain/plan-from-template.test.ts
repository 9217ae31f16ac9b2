import { describe, expect, it } from 'vitest'
import { planFromTemplate } from '../../../shared/domain/plan-from-template'
import { library } from '../../../shared/library'
import { operatedSideFor } from '../../../shared/safety'

describe('a plan from a template', () => {
  it('carries the routine’s advice, so a post-operative handout prints the surgeon’s-protocol line', () => {
    const template = library.templates.find((t) => t.id === 'knee-replacement-weeks-0-6')!
    expect(template.advice?.length).toBeGreaterThan(0)
    const plan = planFromTemplate(template, new Date('2026-03-02T09:00:00Z'))
    expect(plan.advice?.split('\n')).toEqual(template.advice)
  })

  it('every built-in routine’s advice fits a plan', () => {
    for (const template of library.templates) expect(() => planFromTemplate(template, new Date())).not.toThrow()
  })

  it('doses a post-operative routine on the operated side, leaving other areas and two-sided exercises alone', () => {
    const knee = library.templates.find((t) => t.id === 'knee-replacement-weeks-0-6')!
    // An ankle exercise dosed "each side" in a knee routine: not the operated area.
    const template = { ...knee, items: [...knee.items, { exerciseId: 'ankle-circles', patientNote: '', dosage: { reps: 10, side: 'each' as const, frequency: { timesPerDay: 3, daysPerWeek: 7 } } }] }
    const client = { conditions: ['tkr_early' as const], operations: [{ condition: 'tkr_early' as const, date: '2026-02-20', side: 'left' as const }] }
    const plan = planFromTemplate(template, new Date('2026-03-02T09:00:00Z'), 'c1', operatedSideFor(client, library))
    const sideOf = (id: string) => plan.items.find((i) => i.exerciseId === id)?.dosage.side
    const templateSide = (id: string) => template.items.find((i) => i.exerciseId === id)?.dosage.side
    expect(templateSide('heel-slides')).toBe('each')
    expect(sideOf('heel-slides')).toBe('left')
    expect(sideOf('quads-set')).toBe(templateSide('quads-set') === 'each' ? 'left' : templateSide('quads-set'))
    expect(sideOf('ankle-circles')).toBe('each')
    expect(sideOf('ankle-pumps')).toBe('both')
    // The doses themselves are unchanged.
    expect(plan.items.map((i) => ({ ...i.dosage, side: undefined }))).toEqual(template.items.map((i) => ({ ...i.dosage, side: undefined })))
  })

  it('keeps "each side" after an operation on both sides, or without a recorded side', () => {
    const template = library.templates.find((t) => t.id === 'knee-replacement-weeks-0-6')!
    const both = { conditions: ['tkr_early' as const], operations: [{ condition: 'tkr_early' as const, date: '2026-02-20', side: 'both' as const }] }
    const none = { conditions: ['tkr_early' as const] }
    for (const client of [both, none]) {
      const plan = planFromTemplate(template, new Date(), 'c1', operatedSideFor(client, library))
      expect(plan.items.find((i) => i.exerciseId === 'heel-slides')?.dosage.side).toBe('each')
    }
  })
})
