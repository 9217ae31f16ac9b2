import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { itemFigure } from '../drawing/drawing-node'
import type { HandoutItem } from '../prepare-items'
import { splitCard } from './card-pages'
import { doseLine, estimateCardText, estimateHead, gentlerLine, nameLine, noteBox, stepsList } from './card-parts'
import { largePrintCard } from './large-print-card'
import { safetyLines, estimateSafety } from './safety-lines'

const DRAWING = { detailed: { width: 160, height: 116 }, compact: { width: 118, height: 86 } } as const
const GAP = 14

/**
 * One exercise as blocks for the page: the first block (drawing, name, dose, and every step
 * when the card fits on a page) is always kept together; a card taller than a page goes on in
 * further blocks that split it only between steps, each headed "Name (continued)".
 */
export type CardBlocks = [Content, ...Content[]]

/**
 * The name and dose across the page, then the drawing on the left with the steps beside it: a
 * step of one sentence then mostly fits on one line, which keeps twelve exercises to a few pages.
 * Large print puts the drawing under the name instead.
 */
export function exerciseCard(item: HandoutItem, ctx: LayoutContext): CardBlocks {
  if (ctx.options.largePrint && ctx.options.layout === 'detailed') return largePrintCard(item, ctx)
  const size = DRAWING[ctx.options.layout]
  const drawing = itemFigure(item, size.width, size.height)
  const textWidth = ctx.page.bodyWidth - (drawing ? size.width + GAP : 0)
  const room = ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
  const head: Content = { stack: [nameLine(item, ctx), doseLine(item, ctx), ...gentlerLine(item, ctx)], margin: [0, 0, 0, 8] }
  const headHeight = 8 + estimateHead(item, ctx.page.bodyWidth, ctx)
  const body = estimateCardText(item, textWidth, ctx) - estimateHead(item, textWidth, ctx) + estimateSafety(item, textWidth, ctx)
  const card = (text: Content[]): Content => drawing
    ? { columns: [{ width: size.width, stack: [drawing] }, { width: '*', stack: text }], columnGap: GAP }
    : { stack: text }
  if (headHeight + Math.max(drawing ? size.height : 0, body) <= room) {
    return [{ stack: [head, card([...stepsList(item, ctx, 0, item.steps.length, [0, 0, 0, 0]), ...safetyLines(item, ctx), ...noteBox(item, ctx)])], unbreakable: true }]
  }
  const split = splitCard(item, textWidth, room - headHeight, ctx)
  return [{ stack: [head, card(stepsList(item, ctx, 0, split.firstSteps, [0, 0, 0, 0]))], unbreakable: true }, ...split.parts]
}
