import { describe, expect, it } from 'vitest'
import type { Exercise } from '../../../shared/domain'
import { buildHandout, type HandoutInput } from '../../../shared/handout'
import { library } from '../../../shared/library'
import { allText, drawingNodes, nodesWith } from './doc-text'
import { detailedA4, sampleClient, samplePlan, sampleSettings } from './sample'

const input = (overrides: Partial<HandoutInput> = {}): HandoutInput =>
  ({ plan: samplePlan(['cat-cow']), client: sampleClient(), settings: sampleSettings, library, options: detailedA4, today: '2026-03-02', ...overrides })

/** Unbreakable blocks that hold this text: pdfmake drops what overflows such a block. */
const keptTogetherWith = (content: unknown, text: string) =>
  nodesWith(content, 'unbreakable').filter((n) => n.unbreakable === true && allText(n).includes(text))

describe('buildHandout with hard input', () => {
  it('keeps a short card on one page but lets a 5,000-character note run across pages', () => {
    const longNote = 'Walk for ten minutes first. '.repeat(180).slice(0, 5000)
    const plan = samplePlan(['cat-cow', 'sphinx'])
    plan.items[0]!.patientNote = longNote
    for (const options of [detailedA4, { ...detailedA4, layout: 'compact' as const }, { ...detailedA4, largePrint: true }]) {
      const { docDefinition } = buildHandout(input({ plan, options }))
      expect(allText(docDefinition.content)).toContain(longNote)
      expect(keptTogetherWith(docDefinition.content, longNote), options.layout).toEqual([])
      // The drawing and name stay together even so.
      expect(keptTogetherWith(docDefinition.content, 'Cat-cow').some((n) => nodesWith(n, 'canvas').length > 0)).toBe(true)
      // A normal card is still kept whole; beside a long one in the compact layout, its head is.
      const kept = options.layout === 'compact' ? 'Sphinx' : library.exercises.get('sphinx')!.steps[0]!
      expect(keptTogetherWith(docDefinition.content, kept).length).toBeGreaterThan(0)
    }
  })

  it('prints 60 exercises and keeps every block that is kept together well under a page', () => {
    const ids = library.exerciseList.map((e) => e.id)
    const plan = samplePlan(Array.from({ length: 60 }, (_, i) => ids[i % ids.length]!))
    const { docDefinition, warnings } = buildHandout(input({ plan, options: { ...detailedA4, largePrint: true } }))
    expect(warnings).toEqual([])
    expect(allText(docDefinition.content).match(/Your chart/g)).toHaveLength(1)
    const chart = nodesWith(docDefinition.content, 'table').find((t) => JSON.stringify(t).includes('"Sun"'))!
    // The week's title and day rows repeat on every page the week runs over.
    expect((chart.table as { headerRows: number; body: unknown[] }).body).toHaveLength(62)
    expect((chart.table as { headerRows: number }).headerRows).toBe(2)
  })

  it('leaves out an exercise the library does not know, and says so', () => {
    const plan = samplePlan(['cat-cow', 'no-such-exercise'])
    const { docDefinition, warnings } = buildHandout(input({ plan }))
    expect(allText(docDefinition.content)).toContain('Cat-cow')
    expect(warnings).toEqual([expect.objectContaining({ code: 'unknown-exercise', field: 'exercise 2', message: expect.stringContaining('no-such-exercise') })])
  })

  it('prints an exercise without a drawing with its text, and says the drawing is missing', () => {
    const exercise: Exercise = { ...library.exercises.get('cat-cow')!, id: 'new-stretch', name: 'New stretch', poseId: 'not-drawn-yet' }
    const own = { ...library, exercises: new Map([...library.exercises, ['new-stretch', exercise]]) }
    const { docDefinition, warnings } = buildHandout(input({ plan: samplePlan(['new-stretch']), library: own }))
    expect(allText(docDefinition.content)).toContain('New stretch')
    expect(drawingNodes(docDefinition.content)).toEqual([])
    expect(warnings).toEqual([expect.objectContaining({ code: 'missing-drawing', field: 'drawing for New stretch' })])
  })

  it('makes a handout for an empty plan, with a warning', () => {
    const { docDefinition, warnings } = buildHandout(input({ plan: samplePlan([]) }))
    expect(allText(docDefinition.content)).toContain('Stop and seek help if…')
    expect(warnings.map((w) => w.code)).toEqual(['empty-plan'])
  })

  it('refuses a date that is not YYYY-MM-DD with a clear error', () => {
    expect(() => buildHandout(input({ today: '02/03/2026' }))).toThrow('Handout date must be YYYY-MM-DD')
  })
})
