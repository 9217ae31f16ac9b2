import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { estimateTextHeight } from '../estimate'
import { itemFigure } from '../drawing/drawing-node'
import type { HandoutItem } from '../prepare-items'
import { doseLine, estimateNote, nameLine, noteBox } from './card-parts'
import { colours } from '../theme'

const COLUMN_GAP = 20
const DRAWING = { normal: { width: 92, height: 66 }, large: { width: 130, height: 92 } }
const DRAWING_GAP = 10
const SUMMARY_GAP = 6

/** Slightly closer lines than the detailed layout: still easy to track at 12 pt in a short column. */
const tighter = (ctx: LayoutContext): LayoutContext => ({ ...ctx, type: { ...ctx.type, lineHeight: ctx.options.largePrint ? 1.2 : 1.08 } })

/** Two cards a row in normal print; one across the page in large print, where half a page holds too few words a line. */
export const compactColumnWidth = (ctx: LayoutContext) => (ctx.options.largePrint ? ctx.page.bodyWidth : (ctx.page.bodyWidth - COLUMN_GAP) / 2)

const drawingSize = (ctx: LayoutContext) => (ctx.options.largePrint ? DRAWING.large : DRAWING.normal)

const TAKE_CARE = 'Take care: '

/** The movement in one sentence with the safety lines run on after it, so no line is left half empty between them. */
function summaryAndSafety(item: HandoutItem, ctx: LayoutContext): Content[] {
  if (!item.summary && item.safety.length === 0) return []
  const safety = item.safety.length === 0 ? [] : [{ text: `${item.summary ? ' ' : ''}${TAKE_CARE}`, bold: true, color: colours.alert }, { text: item.safety.join(' ') }]
  return [{ text: [{ text: item.summary }, ...safety], fontSize: ctx.type.body, lineHeight: ctx.type.lineHeight, margin: [0, SUMMARY_GAP, 0, 0] }]
}

function estimateSummaryAndSafety(item: HandoutItem, width: number, ctx: LayoutContext): number {
  if (!item.summary && item.safety.length === 0) return 0
  return SUMMARY_GAP + estimateTextHeight(`${item.summary} ${TAKE_CARE}${item.safety.join(' ')}`, width, ctx.type.body, ctx.type.lineHeight)
}

/**
 * The compact card is a reminder for a patient who has already learnt the exercise: the drawing
 * with the name and the dose in words beside it, the movement in one sentence (the exercise's
 * summary) instead of the numbered steps, the safety lines and the physiotherapist's note.
 */
export function compactCard(item: HandoutItem, layout: LayoutContext): Content {
  const [head, ...rest] = compactCardParts(item, layout)
  return { stack: [head, ...rest] }
}

/**
 * The card as its head (drawing, name, dose) and what follows, for a card too tall for a page:
 * the head is kept together and the rest (a very long note) runs on.
 */
export function compactCardParts(item: HandoutItem, layout: LayoutContext): [Content, ...Content[]] {
  const ctx = tighter(layout)
  const size = drawingSize(ctx)
  const drawing = itemFigure(item, size.width, size.height)
  const head: Content[] = [nameLine(item, ctx), doseLine(item, ctx, [0, 3, 0, 0])]
  return [
    drawing ? { columns: [{ width: size.width, stack: [drawing] }, { width: '*', stack: head }], columnGap: DRAWING_GAP } : { stack: head },
    ...summaryAndSafety(item, ctx),
    ...noteBox(item, ctx)
  ]
}

/** Estimated height of a compact card, erring tall. */
export function estimateCompactCard(item: HandoutItem, layout: LayoutContext): number {
  const ctx = tighter(layout)
  const { type } = ctx
  const width = compactColumnWidth(ctx)
  const size = drawingSize(ctx)
  const hasFigure = item.poseId !== null || item.photo !== undefined
  const besideWidth = width - (hasFigure ? size.width + DRAWING_GAP : 0)
  const head = estimateTextHeight(`${item.number}   ${item.name}`, besideWidth, type.name, 1) + 3 + estimateTextHeight(item.dose, besideWidth, type.body, type.lineHeight)
  return Math.max(hasFigure ? size.height : 0, head) + estimateSummaryAndSafety(item, width, ctx) + estimateNote(item, width, ctx)
}

/** Whether a compact card fits on one page, so it can be kept together. */
export function fitsOnePage(item: HandoutItem, ctx: LayoutContext): boolean {
  return estimateCompactCard(item, ctx) <= ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
}

/** Two cards side by side, kept together: the row's height is the taller card's. */
export function compactRow(left: HandoutItem, right: HandoutItem | undefined, ctx: LayoutContext): Content {
  if (ctx.options.largePrint) return compactCard(left, ctx)
  return {
    columns: [
      { width: '*', stack: [compactCard(left, ctx)] },
      { width: '*', stack: right ? [compactCard(right, ctx)] : [] }
    ],
    columnGap: COLUMN_GAP
  }
}
