import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { drawingAspect, itemFigure } from '../drawing/drawing-node'
import type { HandoutItem } from '../prepare-items'
import { splitCard } from './card-pages'
import { doseLine, estimateCardText, estimateHead, gentlerLine, nameLine, noteBox, stepsList } from './card-parts'
import type { CardBlocks } from './exercise-card'
import { estimateSafety, safetyLines } from './safety-lines'

const LOW = 110
const TALL = 150
const UPRIGHT_ASPECT = 1.5
const DRAWING_GAP = 10

/**
 * Detailed layout in large print: 16 pt text beside a drawing leaves both too small, so the
 * name and dose come first, then the drawing across the page, then the steps.
 */
export function largePrintCard(item: HandoutItem, ctx: LayoutContext): CardBlocks {
  const width = ctx.page.bodyWidth
  const height = item.poseId !== null && drawingAspect(item.poseId) < UPRIGHT_ASPECT ? TALL : LOW
  const drawing = itemFigure(item, width, height)
  const head: Content[] = [
    nameLine(item, ctx),
    doseLine(item, ctx),
    ...gentlerLine(item, ctx),
    ...(drawing ? [{ stack: [drawing], margin: [0, DRAWING_GAP, 0, 0] as [number, number, number, number] }] : [])
  ]
  const room = ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
  const drawn = drawing ? height + DRAWING_GAP : 0
  if (drawn + estimateCardText(item, width, ctx) + estimateSafety(item, width, ctx) <= room) {
    return [{ stack: [...head, ...stepsList(item, ctx), ...safetyLines(item, ctx), ...noteBox(item, ctx)], unbreakable: true }]
  }
  const split = splitCard(item, width, room - drawn - estimateHead(item, width, ctx), ctx)
  return [{ stack: [...head, ...stepsList(item, ctx, 0, split.firstSteps)], unbreakable: true }, ...split.parts]
}
