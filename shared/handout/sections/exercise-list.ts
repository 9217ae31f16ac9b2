import type { Content } from 'pdfmake/interfaces'
import type { LayoutContext } from '../context'
import type { HandoutItem } from '../prepare-items'
import { colours } from '../theme'
import { compactCardParts, compactRow, fitsOnePage } from './compact-grid'
import { exerciseCard, type CardBlocks } from './exercise-card'

function rule(ctx: LayoutContext): Content {
  const space = 3
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: ctx.page.bodyWidth, y2: 0, lineWidth: 0.75, lineColor: colours.rule }], margin: [0, space, 0, space] }
}

/**
 * The compact layout: reminder cards two to a row (one in large print), each row kept together.
 * A card estimated taller than a page (a very long note) gets a row of its own across the page,
 * its head kept together and the rest free to run on.
 */
function compactRows(items: HandoutItem[], ctx: LayoutContext): CardBlocks[] {
  const perRow = ctx.options.largePrint ? 1 : 2
  const rows: CardBlocks[] = []
  let row: HandoutItem[] = []
  const flush = () => {
    if (row.length > 0) rows.push([{ stack: [compactRow(row[0]!, row[1], ctx)], unbreakable: true }])
    row = []
  }
  for (const item of items) {
    if (!fitsOnePage(item, ctx)) {
      flush()
      const [head, ...rest] = compactCardParts(item, ctx)
      rows.push([{ stack: [head], unbreakable: true }, { stack: rest }])
      continue
    }
    row.push(item)
    if (row.length === perRow) flush()
  }
  flush()
  return rows
}

/**
 * "Your exercises": every exercise in the plan's order, as each card's (or row's) blocks. Each
 * card's first block carries the rule above it and, for the first, the section heading, so
 * neither a heading nor a rule is ever left alone at the foot of a page.
 */
export function exerciseBlocks(items: HandoutItem[], ctx: LayoutContext): Content[][] {
  const heading: Content = { text: 'Your exercises', fontSize: ctx.type.heading, bold: true, margin: [0, 18, 0, 10] }
  if (items.length === 0) {
    return [[{ stack: [heading, { text: 'Your physiotherapist has not added any exercises yet.', fontSize: ctx.type.body, color: colours.muted }], unbreakable: true }]]
  }
  const blocks = ctx.options.layout === 'compact' ? compactRows(items, ctx) : items.map((item) => exerciseCard(item, ctx))
  return blocks.map(([first, ...rest], i) => [
    { stack: [i === 0 ? heading : rule(ctx), first], unbreakable: true },
    ...rest
  ])
}

export function exerciseList(items: HandoutItem[], ctx: LayoutContext): Content[] {
  return exerciseBlocks(items, ctx).flat()
}
