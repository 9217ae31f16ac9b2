import { describe, expect, it } from 'vitest'
import { planFromTemplate } from '../../../shared/domain/plan-from-template'
import { library } from '../../../shared/library'

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
})
