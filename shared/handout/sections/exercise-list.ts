import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import type { HandoutItem } from '../prepare-items'
import { colours } from '../theme'
import { compactCard, compactDrawingHeight, detailedCard, estimateCompactCard } from './exercise-card'

const COMPACT_GAP = 20

function rule(ctx: LayoutContext): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: ctx.page.bodyWidth, y2: 0, lineWidth: 0.75, lineColor: colours.rule }], margin: [0, 14, 0, 14] }
}

function compactRows(items: HandoutItem[], ctx: LayoutContext): Content[] {
  const width = (ctx.page.bodyWidth - COMPACT_GAP) / 2
  const rows: Content[] = []
  for (let i = 0; i < items.length; i += 2) {
    const pair = items.slice(i, i + 2)
    const drawingHeight = compactDrawingHeight(pair, width)
    const tallest = Math.max(...pair.map((item) => estimateCompactCard(item, width, drawingHeight, ctx)))
    if (i > 0) rows.push(rule(ctx))
    rows.push({
      columns: [compactCard(pair[0]!, width, drawingHeight, ctx), pair[1] ? compactCard(pair[1], width, drawingHeight, ctx) : { text: '' }],
      columnGap: COMPACT_GAP,
      unbreakable: tallest <= ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
    })
  }
  return rows
}

/** "Your exercises": every exercise in the plan's order, one or two to a row. */
export function exerciseList(items: HandoutItem[], ctx: LayoutContext): Content[] {
  const heading: Content = { text: 'Your exercises', fontSize: ctx.type.heading, bold: true, margin: [0, 22, 0, 12] }
  if (items.length === 0) {
    return [heading, { text: 'Your physiotherapist has not added any exercises yet.', fontSize: ctx.type.body, color: colours.muted }]
  }
  const blocks = ctx.options.layout === 'compact'
    ? compactRows(items, ctx)
    : items.flatMap((item, i) => (i > 0 ? [rule(ctx), detailedCard(item, ctx)] : [detailedCard(item, ctx)]))
  const [first, ...rest] = blocks
  // The heading goes wherever the first exercise goes, never alone at the foot of a page.
  const keepsTogether = typeof first === 'object' && 'unbreakable' in first && first.unbreakable === true
  return keepsTogether ? [{ stack: [heading, first], unbreakable: true }, ...rest] : [heading, ...blocks]
}
