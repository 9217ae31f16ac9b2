import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { drawingAspect, drawingNode } from '../drawing/drawing-node'
import { estimateTextHeight } from '../estimate'
import type { HandoutItem } from '../prepare-items'
import { doseLine, estimateCardText, gentlerLine, nameLine, noteBox, stepsList } from './card-parts'

const LOW = 120
const TALL = 170
const UPRIGHT_ASPECT = 1.5

/**
 * Detailed layout in large print: 14 pt text beside a drawing leaves both too small, so the
 * name and dose come first, then the drawing across the page, then the steps. The name, dose
 * and drawing always stay together; the rest too, when the card fits on a page.
 */
export function largePrintCard(item: HandoutItem, ctx: LayoutContext): Content {
  const width = ctx.page.bodyWidth
  const height = item.poseId !== null && drawingAspect(item.poseId) < UPRIGHT_ASPECT ? TALL : LOW
  const drawing = item.poseId ? drawingNode(item.poseId, width, height) : null
  const head: Content[] = [
    nameLine(item, ctx),
    doseLine(item, ctx),
    ...gentlerLine(item, ctx),
    ...(drawing ? [{ stack: [drawing], margin: [0, 10, 0, 0] as [number, number, number, number] }] : [])
  ]
  const rest = [...stepsList(item, ctx), ...noteBox(item, ctx)]
  const estimate = (drawing ? height + 10 : 0) + estimateCardText(item, width, ctx) + estimateTextHeight(item.dose, width, ctx.type.body, 1)
  if (estimate <= ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT) return { stack: [...head, ...rest], unbreakable: true }
  return { stack: [{ stack: head, unbreakable: true }, ...rest] }
}
