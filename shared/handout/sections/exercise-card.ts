import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { drawingAspect, drawingNode } from '../drawing/drawing-node'
import { estimateTextHeight } from '../estimate'
import type { HandoutItem } from '../prepare-items'
import { colours } from '../theme'
import { box } from './boxes'

type Margin = [number, number, number, number]
const STEP_MARKER = 16
const NOTE_PADDING = 10

export function nameLine(item: HandoutItem, ctx: LayoutContext): Content {
  return { text: [{ text: `${item.number}   `, color: colours.accent }, { text: item.name }], fontSize: ctx.type.name, bold: true }
}

export function doseLine(item: HandoutItem, ctx: LayoutContext, margin: Margin = [0, 4, 0, 0]): Content {
  return { text: item.dose, fontSize: ctx.type.body, bold: true, color: colours.accent, margin }
}

/** Muted rather than italic: the handout then needs two font styles, not three (faster to make). */
export function gentlerLine(item: HandoutItem, ctx: LayoutContext): Content[] {
  return item.gentler ? [{ text: item.gentler, fontSize: ctx.type.body, color: colours.muted, margin: [0, 6, 0, 0] }] : []
}

/** Steps are the longest text; in the compact layout they are set a size smaller (never under 14 pt in large print). */
export function stepSize(ctx: LayoutContext): number {
  return ctx.options.layout === 'compact' && !ctx.options.largePrint ? ctx.type.body - 1 : ctx.type.body
}

export function stepsList(item: HandoutItem, ctx: LayoutContext): Content[] {
  if (!ctx.options.showSteps || item.steps.length === 0) return []
  return [{ ol: item.steps, fontSize: stepSize(ctx), lineHeight: ctx.type.lineHeight, markerColor: colours.muted, margin: [0, 8, 0, 0] }]
}

export function noteBox(item: HandoutItem, ctx: LayoutContext): Content[] {
  if (!item.note) return []
  return [{
    ...box([
      { text: 'From your physiotherapist', fontSize: ctx.type.small, bold: true, color: '#7a6327', margin: [0, 0, 0, 2] },
      { text: item.note, fontSize: ctx.type.body, lineHeight: ctx.type.lineHeight }
    ], { fill: colours.noteBackground, padding: NOTE_PADDING }),
    margin: [0, 10, 0, 0]
  }]
}

/** Estimated height of the card's text in a column `width` wide, erring tall. */
export function estimateCardText(item: HandoutItem, width: number, ctx: LayoutContext): number {
  const { type, options } = ctx
  const text = (s: string, size: number, w = width) => estimateTextHeight(s, w, size, type.lineHeight)
  let height = text(`${item.number}   ${item.name}`, type.name) + text(item.dose, type.body) + 4
  if (options.showSteps) height += 8 + item.steps.reduce((h, step) => h + text(step, stepSize(ctx), width - STEP_MARKER), 0)
  if (item.gentler) height += 6 + text(item.gentler, type.body)
  if (item.note) height += 10 + 2 * NOTE_PADDING + text('From your physiotherapist', type.small) + text(item.note, type.body, width - 2 * NOTE_PADDING)
  return height
}

export function drawingSize(ctx: LayoutContext): { width: number; height: number } {
  return ctx.options.largePrint ? { width: 160, height: 116 } : { width: 184, height: 132 }
}

const DETAILED_GAP = 16

/**
 * Detailed layout: the drawing on the left, the text beside it. The whole card stays on one
 * page when it fits; a card too long for that (a very long note) keeps its drawing, name and
 * dose together and lets the steps and the note run on across the page break.
 */
export function detailedCard(item: HandoutItem, ctx: LayoutContext): Content {
  const size = drawingSize(ctx)
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

/** Compact layout: the drawing above the text, in a column half the page wide. */
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
