import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { drawingNode } from '../drawing/drawing-node'
import type { HandoutItem } from '../prepare-items'
import { doseLine, estimateHead, estimateNote, estimateSteps, gentlerLine, nameLine, noteBox, stepsList } from './card-parts'
import { estimateSafety, safetyLines } from './safety-lines'

const COLUMN_GAP = 20
const DRAWING = { width: 92, height: 70 }
const DRAWING_GAP = 10

/** Slightly closer lines than the detailed layout: still easy to track at 12 pt in a short column. */
const tighter = (ctx: LayoutContext): LayoutContext => ({ ...ctx, type: { ...ctx.type, lineHeight: 1.12 } })

export const compactColumnWidth = (ctx: LayoutContext) => (ctx.page.bodyWidth - COLUMN_GAP) / 2

/**
 * A compact card in half the page's width: a small drawing with the name and dose beside it,
 * then the steps, the safety lines and the note under both.
 */
export function compactCard(item: HandoutItem, layout: LayoutContext): Content {
  const ctx = tighter(layout)
  const drawing = item.poseId ? drawingNode(item.poseId, DRAWING.width, DRAWING.height) : null
  const head: Content[] = [nameLine(item, ctx), doseLine(item, ctx)]
  return {
    stack: [
      drawing ? { columns: [{ width: DRAWING.width, stack: [drawing] }, { width: '*', stack: head }], columnGap: DRAWING_GAP } : { stack: head },
      ...gentlerLine(item, ctx),
      ...stepsList(item, ctx),
      ...safetyLines(item, ctx),
      ...noteBox(item, ctx)
    ]
  }
}

/** Estimated height of a compact card, erring tall. */
export function estimateCompactCard(item: HandoutItem, layout: LayoutContext): number {
  const ctx = tighter(layout)
  const width = compactColumnWidth(ctx)
  const beside = estimateHead({ ...item, gentler: undefined, whenEasy: undefined }, width - (item.poseId ? DRAWING.width + DRAWING_GAP : 0), ctx)
  const below = estimateHead({ ...item, name: '', dose: '' }, width, ctx) - estimateHead({ ...item, name: '', dose: '', gentler: undefined, whenEasy: undefined }, width, ctx)
  return Math.max(item.poseId ? DRAWING.height : 0, beside) + below + estimateSteps(item, width, ctx) + estimateSafety(item, width, ctx) + estimateNote(item, width, ctx)
}

/** Whether a card fits in half the page width on one page; one that does not is printed across the page. */
export function fitsCompactColumn(item: HandoutItem, ctx: LayoutContext): boolean {
  return estimateCompactCard(item, ctx) <= ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
}

/** Two cards side by side, kept together: the row's height is the taller card's. */
export function compactRow(left: HandoutItem, right: HandoutItem | undefined, ctx: LayoutContext): Content {
  return {
    columns: [
      { width: '*', stack: [compactCard(left, ctx)] },
      { width: '*', stack: right ? [compactCard(right, ctx)] : [] }
    ],
    columnGap: COLUMN_GAP
  }
}
