import type { Content } from 'pdfmake/interfaces'
import type { LayoutContext } from '../context'
import { estimateTextHeight } from '../estimate'
import type { HandoutItem } from '../prepare-items'
import { colours } from '../theme'
import { box } from './boxes'

/** The pieces every exercise card is made of, in any layout. */
export type Margin = [number, number, number, number]
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
  const lines: Content[] = item.gentler ? [{ text: item.gentler, fontSize: ctx.type.body, color: colours.muted, margin: [0, 6, 0, 0] }] : []
  if (item.whenEasy) lines.push({ text: item.whenEasy, fontSize: ctx.type.body, color: colours.muted, margin: [0, 6, 0, 0] })
  return lines
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
  if (item.whenEasy) height += 6 + text(item.whenEasy, type.body)
  if (item.note) height += 10 + 2 * NOTE_PADDING + text('From your physiotherapist', type.small) + text(item.note, type.body, width - 2 * NOTE_PADDING)
  return height
}

