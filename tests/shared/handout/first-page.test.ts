import type { Content } from 'pdfmake/interfaces'
import { describe, expect, it } from 'vitest'
import type { LayoutContext } from '../../../shared/handout/context'
import { estimateContentHeight } from '../../../shared/handout/estimate-content'
import { detailedOrder } from '../../../shared/handout/first-page'
import { box } from '../../../shared/handout/sections/boxes'
import { pageMetrics, typeScale } from '../../../shared/handout/theme'
import { detailedA4 } from './sample'

const ctx: LayoutContext = { options: detailedA4, type: typeScale(false), page: pageMetrics('A4', false), clean: (s) => s, warnings: [] }
const body = { fontSize: 12, lineHeight: 1.15 }
/** A block `height` points tall, as a drawing panel is. */
const block = (height: number, label: string): Content => ({ stack: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 10, h: height }] }, { text: label, fontSize: 0.001 }] })

describe('estimated heights', () => {
  it('adds up text lines, margins, lists, columns, boxes and drawings', () => {
    const line = 12 * 1.172 * 1.15
    expect(estimateContentHeight('One short line.', 500, body)).toBeCloseTo(line, 5)
    expect(estimateContentHeight({ text: 'One short line.', margin: [0, 10, 0, 4] }, 500, body)).toBeCloseTo(line + 14, 5)
    // Twice the words in a column half as wide: about four lines.
    const long = 'word '.repeat(40)
    expect(estimateContentHeight(long, 100, body)).toBeGreaterThan(estimateContentHeight(long, 400, body) * 3)
    expect(estimateContentHeight({ ul: ['a', 'b', 'c'] }, 500, body)).toBeCloseTo(3 * line, 5)
    expect(estimateContentHeight({ columns: [{ width: 150, canvas: [{ type: 'rect', x: 0, y: 0, w: 150, h: 90 }] }, { width: '*', text: 'beside' }], columnGap: 12 }, 500, body)).toBe(90)
    // An 'auto' column is as wide as its text, so neither it nor its neighbour wraps needlessly.
    const dated = { columns: [{ width: '*', text: 'For Zoë Müller-Łukasiewicz and a few more words here' }, { width: 'auto', text: '2 March 2026' }], columnGap: 0 }
    expect(estimateContentHeight(dated as Content, 503, body)).toBeCloseTo(line, 5)
    const boxed = estimateContentHeight(box(['Inside'], { fill: '#fff', padding: 10 }), 500, body)
    expect(boxed).toBeCloseTo(line + 2 * 8, 5)
  })
})

describe('first page order (detailed)', () => {
  const room = ctx.page.bodyHeight
  const helpBox = block(300, 'help')
  const cards = [[block(200, 'card 1')], [block(200, 'card 2')], [block(200, 'card 3')]]
  const labels = (content: Content[]) => content.map((c) => ((c as { stack: { text?: string }[] }).stack[1]!.text))

  it('keeps the help box before the exercises when it fits on page 1', () => {
    expect(labels(detailedOrder([block(room - 320, 'opening')], helpBox, cards, ctx))).toEqual(['opening', 'help', 'card 1', 'card 2', 'card 3'])
  })

  it('puts the exercises that fit on page 1 before a help box that does not', () => {
    expect(labels(detailedOrder([block(room - 250, 'opening')], helpBox, cards, ctx))).toEqual(['opening', 'card 1', 'help', 'card 2', 'card 3'])
    const small = [[block(120, 'card 1')], [block(120, 'card 2')], [block(120, 'card 3')]]
    expect(labels(detailedOrder([block(room - 250, 'opening')], helpBox, small, ctx))).toEqual(['opening', 'card 1', 'card 2', 'help', 'card 3'])
  })

  it('leaves the order as it is when no exercise fits either, or the first card runs over pages', () => {
    expect(labels(detailedOrder([block(room - 150, 'opening')], helpBox, cards, ctx))).toEqual(['opening', 'help', 'card 1', 'card 2', 'card 3'])
    const split = [[block(200, 'card 1'), block(50, 'card 1 more')], ...cards.slice(1)]
    expect(labels(detailedOrder([block(room - 250, 'opening')], helpBox, split, ctx))).toEqual(['opening', 'help', 'card 1', 'card 1 more', 'card 2', 'card 3'])
  })
})
