import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { itemFigure } from '../drawing/drawing-node'
import type { HandoutItem } from '../prepare-items'
import { splitCard } from './card-pages'
import { doseLine, estimateCardText, estimateHead, gentlerLine, nameLine, noteBox, stepsList } from './card-parts'
import { largePrintCard } from './large-print-card'
import { safetyLines, estimateSafety } from './safety-lines'

const DRAWING = { detailed: { width: 176, height: 126 }, compact: { width: 118, height: 86 } } as const
const GAP = 14

/**
 * One exercise as blocks for the page: the first block (drawing, name, dose, and every step
 * when the card fits on a page) is always kept together; a card taller than a page goes on in
 * further blocks that split it only between steps, each headed "Name (continued)".
 */
export type CardBlocks = [Content, ...Content[]]

/**
 * The drawing on the left, the text beside it: large in the detailed layout, small in the compact
 * one, which stacks several exercises on a page. Large print puts the drawing under the name.
 */
export function exerciseCard(item: HandoutItem, ctx: LayoutContext): CardBlocks {
  if (ctx.options.largePrint && ctx.options.layout === 'detailed') return largePrintCard(item, ctx)
  const size = DRAWING[ctx.options.layout]
  const drawing = itemFigure(item, size.width, size.height)
  const textWidth = ctx.page.bodyWidth - (drawing ? size.width + GAP : 0)
  const room = ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
  const head = [nameLine(item, ctx), doseLine(item, ctx), ...gentlerLine(item, ctx)]
  const whole = estimateCardText(item, textWidth, ctx) + estimateSafety(item, textWidth, ctx)
  const card = (text: Content[]): Content => drawing
    ? { columns: [{ width: size.width, stack: [drawing] }, { width: '*', stack: text }], columnGap: GAP }
    : { stack: text }
  if (Math.max(drawing ? size.height : 0, whole) <= room) {
    return [{ stack: [card([...head, ...stepsList(item, ctx), ...safetyLines(item, ctx), ...noteBox(item, ctx)])], unbreakable: true }]
  }
  const split = splitCard(item, textWidth, room - estimateHead(item, textWidth, ctx), ctx)
  return [{ stack: [card([...head, ...stepsList(item, ctx, 0, split.firstSteps)])], unbreakable: true }, ...split.parts]
}

