import type { Content } from 'pdfmake/interfaces'
import type { LayoutContext } from '../context'
import { estimateTextHeight } from '../estimate'
import type { HandoutItem } from '../prepare-items'
import { colours } from '../theme'

const LEAD = 'Take care: '
const GAP = 6

/** The exercise's own safety lines ("Stop if…"), as one short paragraph under the steps. */
export function safetyLines(item: HandoutItem, ctx: LayoutContext): Content[] {
  if (item.safety.length === 0) return []
  return [{
    text: [{ text: LEAD, bold: true, color: colours.alert }, { text: item.safety.join(' ') }],
    fontSize: ctx.type.body,
    lineHeight: ctx.type.lineHeight,
    margin: [0, GAP, 0, 0]
  }]
}

export function estimateSafety(item: HandoutItem, width: number, ctx: LayoutContext): number {
  if (item.safety.length === 0) return 0
  return GAP + estimateTextHeight(LEAD + item.safety.join(' '), width, ctx.type.body, ctx.type.lineHeight)
}
