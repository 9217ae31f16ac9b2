import type { Content } from 'pdfmake/interfaces'
import type { LayoutContext } from '../context'
import type { HandoutItem } from '../prepare-items'
import { colours } from '../theme'
import { compactRow, fitsCompactColumn } from './compact-grid'
import { exerciseCard, type CardBlocks } from './exercise-card'

function rule(ctx: LayoutContext): Content {
  const space = ctx.options.layout === 'compact' ? 8 : 10
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: ctx.page.bodyWidth, y2: 0, lineWidth: 0.75, lineColor: colours.rule }], margin: [0, space, 0, space] }
}

/**
 * The compact layout in normal print sets two cards side by side, each row kept together; a card
 * too tall for half the page (a long note) gets a row of its own, across the page.
 */
function compactRows(items: HandoutItem[], ctx: LayoutContext): CardBlocks[] {
  const rows: CardBlocks[] = []
  let waiting: HandoutItem | undefined
  for (const item of items) {
    if (!fitsCompactColumn(item, ctx)) {
      if (waiting) rows.push([{ stack: [compactRow(waiting, undefined, ctx)], unbreakable: true }])
      waiting = undefined
      rows.push(exerciseCard(item, ctx))
    } else if (waiting) {
      rows.push([{ stack: [compactRow(waiting, item, ctx)], unbreakable: true }])
      waiting = undefined
    } else {
      waiting = item
    }
  }
  if (waiting) rows.push([{ stack: [compactRow(waiting, undefined, ctx)], unbreakable: true }])
  return rows
}

/**
 * "Your exercises": every exercise in the plan's order. Each card's (or row's) first block carries
 * the rule above it and, for the first, the section heading, so neither a heading nor a rule is
 * ever left alone at the foot of a page.
 */
export function exerciseList(items: HandoutItem[], ctx: LayoutContext): Content[] {
  const heading: Content = { text: 'Your exercises', fontSize: ctx.type.heading, bold: true, margin: [0, 18, 0, 10] }
  if (items.length === 0) {
    return [{ stack: [heading, { text: 'Your physiotherapist has not added any exercises yet.', fontSize: ctx.type.body, color: colours.muted }], unbreakable: true }]
  }
  const blocks = ctx.options.layout === 'compact' && !ctx.options.largePrint ? compactRows(items, ctx) : items.map((item) => exerciseCard(item, ctx))
  return blocks.flatMap(([first, ...rest], i) => [
    { stack: [i === 0 ? heading : rule(ctx), first], unbreakable: true },
    ...rest
  ])
}
