import { describe, expect, it } from 'vitest'
import { describeDose } from '../../../shared/dose'
import { buildHandout, type HandoutInput } from '../../../shared/handout'
import { library } from '../../../shared/library'
import { allText, fontSizes, frameContent, nodesWith } from './doc-text'
import { detailedA4, sampleClient, samplePlan, sampleSettings } from './sample'

const base: HandoutInput = { plan: samplePlan(), client: sampleClient(), settings: sampleSettings, library, options: detailedA4, today: '2026-03-02' }
const build = (overrides: Partial<HandoutInput> = {}) => buildHandout({ ...base, ...overrides })

describe('buildHandout content', () => {
  const { docDefinition, warnings } = build()
  const text = allText(docDefinition.content)

  it('prints the clinic, the patient, the date, the plan title and goals', () => {
    for (const expected of ['Harbour Physiotherapy', '12 Quay Street', '0117 496 0321', 'hello@harbourphysio.example', 'Sam Okafor',
      'Zoë Müller-Łukasiewicz', '2 March 2026', 'Easing your lower back', 'Walk the dog for 30 minutes again']) {
      expect(text).toContain(expected)
    }
    expect(warnings).toEqual([])
  })

  it('prints every exercise with its name, dose line, steps and the patient note, never the clinician note', () => {
    for (const item of base.plan.items) {
      const exercise = library.exercises.get(item.exerciseId)!
      expect(text).toContain(exercise.name)
      expect(text).toContain(describeDose(item.dosage))
      expect(text).toContain(exercise.steps[0])
    }
    expect(text).toContain('Keep the movement small at first.')
    expect(text).not.toContain('Not for the handout.')
  })

  it("prints the clinician's own advice for this patient, one point per line, after the general advice", () => {
    const plan = { ...samplePlan(), advice: 'Use a heat pack first.\n\nWalk for 10 minutes after.' }
    const withAdvice = allText(build({ plan }).docDefinition.content)
    expect(withAdvice).toContain('Use a heat pack first.')
    expect(withAdvice).toContain('Walk for 10 minutes after.')
    expect(withAdvice.indexOf('mild tension')).toBeLessThan(withAdvice.indexOf('Use a heat pack first.'))
    expect(text).not.toContain('heat pack')
  })

  it('gives general advice with the estimated time and a boxed stop-and-seek-help list', () => {
    expect(text).toMatch(/breathe/i)
    expect(text).toMatch(/never bounce/i)
    expect(text).toContain('mild tension')
    expect(text).toMatch(/about \d+ minutes/)
    expect(text).toContain('Stop and seek help if…')
    for (const item of library.seekHelp) expect(text).toContain(item.text)
  })

  it('says when a gentler version was chosen, naming the exercise it replaced', () => {
    const plan = samplePlan(['childs-pose-supported'])
    plan.items[0]!.swappedFrom = 'childs-pose'
    expect(allText(build({ plan }).docDefinition.content)).toContain("Your physiotherapist chose a gentler version of Child's pose for you.")
  })

  it('has a weekly chart with a day column each and tick boxes per exercise', () => {
    expect(text).toContain('Your week')
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) expect(text).toContain(day)
    const chart = nodesWith(docDefinition.content, 'table').find((t) => JSON.stringify(t).includes('"Sun"'))!
    const body = (chart.table as { body: unknown[][] }).body
    expect(body).toHaveLength(base.plan.items.length + 1)
    expect(body[1]).toHaveLength(8)
  })

  it('numbers pages and carries a short disclaimer on every page', () => {
    const [header, footer] = frameContent(docDefinition, 2, 5)
    expect(allText(footer)).toContain('Page 2 of 5')
    expect(allText(footer)).toMatch(/does not replace advice/)
    expect(allText(header)).toContain('Zoë Müller-Łukasiewicz')
    expect(frameContent(docDefinition, 1, 5)[0]).toBeNull()
  })

  it('draws each exercise as vectors on its panel', () => {
    const drawings = nodesWith(docDefinition.content, 'canvas').filter((c) => (c.canvas as unknown[]).length > 10)
    expect(drawings).toHaveLength(base.plan.items.length)
  })
})

describe('buildHandout options', () => {
  it('uses the paper size asked for', () => {
    expect(build().docDefinition.pageSize).toBe('A4')
    expect(build({ options: { ...detailedA4, paper: 'Letter' } }).docDefinition.pageSize).toBe('LETTER')
  })

  it('puts two exercises side by side in the compact layout', () => {
    const compact = build({ options: { ...detailedA4, layout: 'compact' } }).docDefinition.content
    const isDrawing = (node: Record<string, unknown>) => (node.canvas as unknown[]).length > 10
    const rows = nodesWith(compact, 'columns').filter((r) => (r.columns as unknown[]).length === 2 && nodesWith(r.columns, 'canvas').some(isDrawing))
    expect(rows.length).toBe(Math.ceil(base.plan.items.length / 2))
  })

  it('uses 14 pt or more everywhere in large print, and smaller type otherwise', () => {
    const large = fontSizes(build({ options: { ...detailedA4, largePrint: true } }).docDefinition)
    expect(large.length).toBeGreaterThan(20)
    expect(Math.min(...large)).toBeGreaterThanOrEqual(14)
    expect(Math.min(...fontSizes(build().docDefinition))).toBeLessThan(14)
  })

  it('leaves the steps out when asked', () => {
    const text = allText(build({ options: { ...detailedA4, showSteps: false } }).docDefinition.content)
    expect(text).not.toContain(library.exercises.get('childs-pose')!.steps[0])
    expect(text).toContain("Child's pose")
  })

  it('leaves a line to write the name on when there is no client, and works without settings', () => {
    const { docDefinition } = build({ client: undefined, settings: undefined })
    expect(allText(docDefinition.content)).toContain('For ____')
    expect(allText(docDefinition.content)).not.toContain('Harbour')
  })
})
