import { describe, expect, it } from 'vitest'
import { describeDose } from '../../../shared/dose'
import { buildHandout, type HandoutInput } from '../../../shared/handout'
import { withoutRepeats } from '../../../shared/handout/content/advice-lines'
import { library } from '../../../shared/library'
import { allText, drawingNodes, fontSizes, frameContent, nodesWith } from './doc-text'
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
    // The sample plan has mobility exercises: mild, settling discomfort is allowed, sharp or lasting pain is not.
    expect(text).toContain('Mild discomfort that settles')
    expect(text).toMatch(/about \d+ minutes/)
    expect(text).toContain('Stop and seek help if…')
    // A back plan for a client with no recorded problem area: the back's signs and the general ones.
    for (const item of library.seekHelp.filter((i) => !i.afterSurgery && (i.areas ?? []).every((a) => a === 'back'))) expect(text).toContain(item.text)
    expect(text).not.toMatch(/see double|shoulder looks out of place|calf or leg/)
  })

  it('says when a gentler version was chosen, naming the exercise it replaced', () => {
    const plan = samplePlan(['childs-pose-supported'])
    plan.items[0]!.swappedFrom = 'childs-pose'
    expect(allText(build({ plan }).docDefinition.content)).toContain("Your physiotherapist chose a gentler version of Child's pose for you.")
  })

  const charts = (doc: typeof docDefinition) => nodesWith(doc.content, 'table').filter((t) => /"Sun?"/.test(JSON.stringify(t)))

  it('has a chart of two weeks by default, side by side in normal print: a column per day with tick boxes, and a pain column', () => {
    expect(text).toContain('Your chart')
    for (const day of ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su', 'Pain']) expect(text).toContain(day)
    expect(text).toContain('write your pain from 0 (none) to 10')
    expect(charts(docDefinition)).toHaveLength(2)
    expect(nodesWith(docDefinition.content, 'columns').some((n) => charts({ ...docDefinition, content: n as unknown as typeof docDefinition.content }).length === 2), 'weeks 1 and 2 side by side').toBe(true)
    expect(text).toContain('Week 1')
    expect(text).toContain('Week 2')
    const body = (charts(docDefinition)[0]!.table as { body: unknown[][] }).body
    expect(body).toHaveLength(base.plan.items.length + 2)
    expect(body[2]).toHaveLength(9)
    // Large print: one week under the other, each row named, the pain column labelled 0–10.
    const large = build({ options: { ...detailedA4, largePrint: true } }).docDefinition
    for (const day of ['Mon', 'Sun', 'Pain 0–10']) expect(allText(large.content)).toContain(day)
    expect(charts(large)).toHaveLength(2)
  })

  it('charts 1 to 4 weeks as asked', () => {
    for (const weeks of [1, 3, 4]) expect(charts(build({ options: { ...detailedA4, chartWeeks: weeks } }).docDefinition)).toHaveLength(weeks)
    expect(allText(build({ options: { ...detailedA4, chartWeeks: 1 } }).docDefinition.content)).toContain('Your week')
  })

  it('prints the next review date, or a line to write it on', () => {
    expect(text).toMatch(/Next review\s*_{10,}/)
    expect(allText(build({ options: { ...detailedA4, reviewDate: '2026-03-30' } }).docDefinition.content)).toMatch(/Next review\s*30 March 2026/)
  })

  it('lists what the patient will need at home, once each, in plain words', () => {
    const need = allText(docDefinition.content).split('\n').findIndex((line) => line.startsWith('You will need'))
    expect(need).toBeGreaterThan(-1)
    const line = allText(docDefinition.content).split('\n').slice(need, need + 2).join('')
    expect(line).toMatch(/an exercise mat/i)
    expect(line).toContain('a strap, belt or long towel')
    expect(line.match(/exercise mat/g)).toHaveLength(1)
    const chairOnly = build({ plan: samplePlan(['standing-side-stretch']) }).docDefinition.content
    expect(allText(chairOnly)).not.toContain('You will need')
  })

  it("prints each exercise's own safety lines on its card", () => {
    for (const item of base.plan.items) {
      for (const line of library.exercises.get(item.exerciseId)!.safetyNotes) expect(text).toContain(line)
    }
  })

  it('numbers pages and carries a short disclaimer on every page', () => {
    const [header, footer] = frameContent(docDefinition, 2, 5)
    expect(allText(footer)).toContain('Page 2 of 5')
    expect(allText(footer)).toMatch(/does not replace advice/)
    expect(allText(header)).toContain('Zoë Müller-Łukasiewicz')
    expect(frameContent(docDefinition, 1, 5)[0]).toBeNull()
  })

  it('draws each exercise as vectors on its panel', () => {
    const drawings = drawingNodes(docDefinition.content)
    expect(drawings).toHaveLength(base.plan.items.length)
  })
})

describe('buildHandout: lines said once, and where the patient is', () => {
  const template = library.templates.find((t) => t.id === 'knee-replacement-weeks-0-6')!
  const kneePlan = { ...samplePlan(template.items.map((i) => i.exerciseId)), advice: template.advice!.join('\n') }
  const afterSurgery = sampleClient({ conditions: ['tkr_early'], operations: [{ condition: 'tkr_early', date: '2026-02-16', side: 'left' }] })

  it("leaves out of the advice the knee replacement template's lines the help box already says, and keeps the rest", () => {
    const { docDefinition } = build({ plan: kneePlan, client: afterSurgery })
    const text = allText(docDefinition.content)
    expect(text).toContain('Your calf or leg becomes painful, swollen, warm or red.')
    expect(text).not.toContain('red calf needs checking the same day')
    expect(text).not.toContain('Call 999 if you are suddenly short of breath')
    expect(text).not.toContain('Call your surgical team the same day if the wound')
    expect(text).toContain("Check your surgeon's protocol: it overrides these defaults.")
    expect(text).toContain('Ice and raise the leg if it swells after exercise.')
    // A line is left out only when the box says it.
    expect(withoutRepeats(template.advice!, [])).toEqual(template.advice)
  })

  it('prints the phase and the week since the operation beside the date', () => {
    const text = allText(build({ plan: { ...kneePlan, phase: 2 }, client: afterSurgery }).docDefinition.content)
    expect(text).toContain('Phase 2 · Week 3 after your operation')
    expect(allText(build().docDefinition.content)).not.toMatch(/Phase \d|after your operation/)
  })

  it('prints "When this feels easy" only for a real next step: not one already in the plan', () => {
    const text = allText(build().docDefinition.content)
    expect(base.plan.items.map((i) => i.exerciseId)).toContain('glute-bridge')
    expect(text).not.toContain('move on to Hip lift (glute bridge)')
    const alone = allText(build({ plan: samplePlan(['pelvic-tilt']) }).docDefinition.content)
    expect(alone).toContain('When this feels easy: move on to Hip lift (glute bridge)')
  })
})

describe('buildHandout options', () => {
  it('uses the paper size asked for', () => {
    expect(build().docDefinition.pageSize).toBe('A4')
    expect(build({ options: { ...detailedA4, paper: 'Letter' } }).docDefinition.pageSize).toBe('LETTER')
  })

  it('gives each exercise a smaller drawing in the compact layout, so more fit on a page', () => {
    const panels = (layout: 'detailed' | 'compact') => drawingNodes(build({ options: { ...detailedA4, layout } }).docDefinition.content)
      .map((node) => (node.canvas as { w: number; h: number }[])[0]!)
    const [detailed, compact] = [panels('detailed'), panels('compact')]
    expect(compact).toHaveLength(base.plan.items.length)
    expect(detailed).toHaveLength(base.plan.items.length)
    // A lying figure (child's pose) fills its panel's width, so the width sets its size; the
    // detailed panel is only as tall as the figure needs.
    expect(compact[0]!.w).toBeLessThan(0.7 * detailed[0]!.w)
    expect(compact[0]!.h).toBeLessThanOrEqual(detailed[0]!.h)
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
