import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { itemFigure } from '../drawing/drawing-node'
import type { HandoutItem } from '../prepare-items'
import { splitCard } from './card-pages'
import { doseLine, estimateCardText, estimateHead, estimateStep, gentlerLine, nameLine, noteBox, stepsList } from './card-parts'
import { largePrintCard } from './large-print-card'
import { safetyLines, estimateSafety } from './safety-lines'

const DRAWING = { width: 150, height: 106 }
const GAP = 14
/** Steps under the drawing are set a little closer than the body text elsewhere (still 1.3 × the type size). */
const CARD_LINE_HEIGHT = 1.12

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
export function exerciseCard(item: HandoutItem, layout: LayoutContext): CardBlocks {
  if (layout.options.largePrint) return largePrintCard(item, layout)
  const ctx: LayoutContext = { ...layout, type: { ...layout.type, lineHeight: CARD_LINE_HEIGHT } }
  const size = DRAWING
  const drawing = itemFigure(item, size.width, size.height)
  const textWidth = ctx.page.bodyWidth - (drawing ? size.width + GAP : 0)
  const room = ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
  const head: Content = { stack: [nameLine(item, ctx), doseLine(item, ctx), ...gentlerLine(item, ctx)], margin: [0, 0, 0, 6] }
  const headHeight = 6 + estimateHead(item, ctx.page.bodyWidth, ctx)
  const body = estimateCardText(item, textWidth, ctx) - estimateHead(item, textWidth, ctx) + estimateSafety(item, textWidth, ctx)
  const card = (text: Content[]): Content => drawing
    ? { columns: [{ width: size.width, stack: [drawing] }, { width: '*', stack: text }], columnGap: GAP }
    : { stack: text }
  if (headHeight + Math.max(drawing ? size.height : 0, body) <= room) {
    // The steps beside the drawing until they reach its foot; the rest run on under it, across the page.
    const beside = drawing ? stepsBeside(item, textWidth, size.height, ctx) : item.steps.length
    return [{
      stack: [
        head,
        card(stepsList(item, ctx, 0, beside, [0, 0, 0, 0])),
        ...stepsList(item, ctx, beside, item.steps.length, [0, 4, 0, 0]),
        ...safetyLines(item, ctx),
        ...noteBox(item, ctx)
      ],
      unbreakable: true
    }]
  }
  const split = splitCard(item, textWidth, room - headHeight, ctx)
  return [{ stack: [head, card(stepsList(item, ctx, 0, split.firstSteps, [0, 0, 0, 0]))], unbreakable: true }, ...split.parts]
}

/** How many steps go beside the drawing: the fewest whose estimated height reaches its foot (the estimates err tall). */
function stepsBeside(item: HandoutItem, width: number, height: number, ctx: LayoutContext): number {
  if (!ctx.options.showSteps) return 0
  let used = 0
  for (let i = 0; i < item.steps.length; i++) {
    used += estimateStep(item.steps[i]!, width, ctx)
    if (used >= height) return i + 1
  }
  return item.steps.length
}
