import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { drawingAspect, drawingNode } from '../drawing/drawing-node'
import type { HandoutItem } from '../prepare-items'
import { doseLine, estimateCardText, gentlerLine, nameLine, noteBox, stepsList, type Margin } from './card-parts'
import { largePrintCard } from './large-print-card'

const DRAWING = { width: 184, height: 132 }

const DETAILED_GAP = 16

/**
 * Detailed layout: the drawing on the left, the text beside it. The whole card stays on one
 * page when it fits; a card too long for that (a very long note) keeps its drawing, name and
 * dose together and lets the steps and the note run on across the page break.
 */
export function detailedCard(item: HandoutItem, ctx: LayoutContext): Content {
  if (ctx.options.largePrint) return largePrintCard(item, ctx)
  const size = DRAWING
  const drawing = item.poseId ? drawingNode(item.poseId, size.width, size.height) : null
  const textWidth = ctx.page.bodyWidth - (drawing ? size.width + DETAILED_GAP : 0)
  const fits = Math.max(drawing ? size.height : 0, estimateCardText(item, textWidth, ctx)) <= ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
  const head = [nameLine(item, ctx), doseLine(item, ctx), ...gentlerLine(item, ctx)]
  const text = fits ? [...head, ...stepsList(item, ctx), ...noteBox(item, ctx)] : head
  const top: Content = drawing
    ? { columns: [{ width: size.width, stack: [drawing] }, { width: '*', stack: text }], columnGap: DETAILED_GAP }
    : { stack: text }
  if (fits) return { stack: [top], unbreakable: true }
  return { stack: [{ stack: [top], unbreakable: true }, ...stepsList(item, ctx), ...noteBox(item, ctx)] }
}

/** Panel height over width in the compact layout: low for lying poses, taller for upright ones. */
const COMPACT_LOW = 0.38
const COMPACT_TALL = 0.5
const UPRIGHT_ASPECT = 1.5

/** One height for a row's panels, so the two cards line up; an upright figure gets room to be seen. */
export function compactDrawingHeight(items: HandoutItem[], width: number): number {
  const upright = items.some((item) => item.poseId !== null && drawingAspect(item.poseId) < UPRIGHT_ASPECT)
  return Math.round(width * (upright ? COMPACT_TALL : COMPACT_LOW))
}

/** Compact layout: the drawing above the text, in a column half the page wide. */
export function compactCard(item: HandoutItem, width: number, drawingHeight: number, ctx: LayoutContext): Content {
  const drawing = item.poseId ? drawingNode(item.poseId, width, drawingHeight) : null
  const head: Content[] = [...(drawing ? [{ stack: [drawing], margin: [0, 0, 0, 8] as Margin }] : []), nameLine(item, ctx), doseLine(item, ctx)]
  return { stack: [{ stack: head, unbreakable: true }, ...gentlerLine(item, ctx), ...stepsList(item, ctx), ...noteBox(item, ctx)] }
}

export function estimateCompactCard(item: HandoutItem, width: number, drawingHeight: number, ctx: LayoutContext): number {
  return (item.poseId ? drawingHeight + 8 : 0) + estimateCardText(item, width, ctx)
}
