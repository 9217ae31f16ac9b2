import type { Content } from 'pdfmake/interfaces'
import type { LayoutContext } from '../context'
import { estimateTextHeight } from '../estimate'
import type { HandoutItem } from '../prepare-items'
import { colours } from '../theme'
import { box } from './boxes'

/** The pieces every exercise card is made of, in any layout. */
export type Margin = [number, number, number, number]
const STEP_MARKER = 22
const NOTE_PADDING = 10
const STEPS_GAP = 8

export function nameLine(item: HandoutItem, ctx: LayoutContext, continued = false): Content {
  return {
    text: [{ text: `${item.number}   `, color: colours.accent }, { text: item.name }, ...(continued ? [{ text: ' (continued)', color: colours.muted }] : [])],
    fontSize: ctx.type.name,
    bold: true
  }
}

export function doseLine(item: HandoutItem, ctx: LayoutContext, margin: Margin = [0, 4, 0, 0]): Content {
  return { text: item.dose, fontSize: ctx.type.body, bold: true, color: colours.accent, margin, lineHeight: ctx.type.lineHeight }
}

export function gentlerLine(item: HandoutItem, ctx: LayoutContext): Content[] {
  const lines: Content[] = item.gentler ? [{ text: item.gentler, fontSize: ctx.type.body, margin: [0, 6, 0, 0] }] : []
  if (item.whenEasy) lines.push({ text: item.whenEasy, fontSize: ctx.type.body, margin: [0, 6, 0, 0] })
  return lines
}

/** Steps `from` (0-based) up to `to`, numbered as in the whole list. */
export function stepsList(item: HandoutItem, ctx: LayoutContext, from = 0, to = item.steps.length, margin: Margin = [0, STEPS_GAP, 0, 0]): Content[] {
  if (!ctx.options.showSteps || from >= to) return []
  return [{ ol: item.steps.slice(from, to), start: from + 1, fontSize: ctx.type.body, lineHeight: ctx.type.lineHeight, markerColor: colours.muted, margin }]
}

export function noteBox(item: HandoutItem, ctx: LayoutContext): Content[] {
  if (!item.note) return []
  return [{
    ...box([
      { text: 'From your physiotherapist', fontSize: ctx.type.small, bold: true, color: colours.noteLabel, margin: [0, 0, 0, 2] },
      { text: item.note, fontSize: ctx.type.body, lineHeight: ctx.type.lineHeight }
    ], { fill: colours.noteBackground, padding: NOTE_PADDING }),
    margin: [0, 10, 0, 0]
  }]
}

const text = (s: string, size: number, width: number, ctx: LayoutContext) => estimateTextHeight(s, width, size, ctx.type.lineHeight)

/** Estimated height of the name (unless set elsewhere), dose and gentler line in a column `width` wide. */
export function estimateHead(item: HandoutItem, width: number, ctx: LayoutContext, withName = true): number {
  const { type } = ctx
  return (withName ? text(`${item.number}   ${item.name}`, type.name, width, ctx) + 4 : 0) + text(item.dose, type.body, width, ctx) +
    (item.gentler ? 6 + text(item.gentler, type.body, width, ctx) : 0) +
    (item.whenEasy ? 6 + text(item.whenEasy, type.body, width, ctx) : 0)
}

export function estimateStep(step: string, width: number, ctx: LayoutContext): number {
  return text(step, ctx.type.body, width - STEP_MARKER, ctx)
}

export function estimateNote(item: HandoutItem, width: number, ctx: LayoutContext): number {
  if (!item.note) return 0
  return 10 + 2 * NOTE_PADDING + text('From your physiotherapist', ctx.type.small, width, ctx) + text(item.note, ctx.type.body, width - 2 * NOTE_PADDING, ctx)
}
