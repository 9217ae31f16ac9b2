import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { drawingAspect, itemFigure } from '../drawing/drawing-node'
import type { HandoutItem } from '../prepare-items'
import { splitCard } from './card-pages'
import { doseLine, estimateHead, estimateNote, estimateStep, gentlerLine, nameLine, noteBox, stepsList } from './card-parts'
import { largePrintCard } from './large-print-card'
import { safetyLines, estimateSafety } from './safety-lines'

const DRAWING = { width: 150, height: 106 }
/** A lying figure is wide and low: its panel is only as tall as the figure needs, never below this. */
const LOWEST_PANEL = 66
/** A standing figure is tall and narrow: its panel is only as wide as the figure needs, never below this. */
const NARROWEST_PANEL = 110
/** The drawing's inset on its panel (drawing-node) plus a little air. */
const PANEL_AIR = 20
const GAP = 12
/** Steps under the drawing are set a little closer than the body text elsewhere. */
const CARD_LINE_HEIGHT = 1.07
/** Space between the steps and what runs on under the drawing. */
const BELOW_GAP = 3

/**
 * One exercise as blocks for the page: the first block (drawing, name, dose, and every step
 * when the card fits on a page) is always kept together; a card taller than a page goes on in
 * further blocks that split it only between steps, each headed "Name (continued)".
 */
export type CardBlocks = [Content, ...Content[]]

/**
 * The drawing on the left; beside it the name, the dose, then the steps, the "Take care" line and
 * the note for as long as the drawing is tall; whatever is left runs on under it, across the
 * page. No text column ends far above the drawing's foot while text waits below, and a short
 * card takes little more than its drawing's height. Large print puts the drawing under the name.
 */
export function exerciseCard(item: HandoutItem, layout: LayoutContext): CardBlocks {
  if (layout.options.largePrint) return largePrintCard(item, layout)
  const ctx: LayoutContext = { ...layout, type: { ...layout.type, lineHeight: CARD_LINE_HEIGHT } }
  const size = panelSize(item)
  const drawing = itemFigure(item, size.width, size.height)
  const full = ctx.page.bodyWidth
  const textWidth = full - (drawing ? size.width + GAP : 0)
  const room = ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
  const head: Content[] = [nameLine(item, ctx), doseLine(item, ctx), ...gentlerLine(item, ctx)]
  const headHeight = estimateHead(item, textWidth, ctx)
  const card = (text: Content[]): Content => drawing
    ? { columns: [{ width: size.width, stack: [drawing] }, { width: '*', stack: text }], columnGap: GAP }
    : { stack: text }
  const plan = besideAndBelow(item, textWidth, drawing ? size.height : Infinity, headHeight, ctx)
  if (Math.max(drawing ? size.height : 0, plan.besideHeight) + plan.belowHeight <= room) {
    const steps = item.steps.length
    return [{
      stack: [
        card([
          ...head,
          ...stepsList(item, ctx, 0, plan.stepsBeside, [0, 4, 0, 0]),
          ...(plan.safetyBeside ? safetyLines(item, ctx) : []),
          ...(plan.noteBeside ? noteBox(item, ctx) : [])
        ]),
        ...stepsList(item, ctx, plan.stepsBeside, steps, [0, BELOW_GAP, 0, 0]),
        ...(plan.safetyBeside ? [] : safetyLines(item, ctx)),
        ...(plan.noteBeside ? [] : noteBox(item, ctx))
      ],
      unbreakable: true
    }]
  }
  const split = splitCard(item, textWidth, room - headHeight - 4, ctx)
  return [{ stack: [card([...head, ...stepsList(item, ctx, 0, split.firstSteps, [0, 4, 0, 0])])], unbreakable: true }, ...split.parts]
}

/**
 * The panel fits the figure at the scale the full panel would give it: lower for a figure lying
 * down, narrower for one standing up, so the text beside it gets the room the panel would waste.
 */
function panelSize(item: HandoutItem): { width: number; height: number } {
  if (item.photo || item.poseId === null) return DRAWING
  const aspect = drawingAspect(item.poseId)
  const height = (DRAWING.width - PANEL_AIR) / aspect + PANEL_AIR
  const width = (DRAWING.height - PANEL_AIR) * aspect + PANEL_AIR
  return {
    width: Math.round(Math.min(DRAWING.width, Math.max(NARROWEST_PANEL, width))),
    height: Math.round(Math.min(DRAWING.height, Math.max(LOWEST_PANEL, height)))
  }
}

interface CardPlan {
  stepsBeside: number
  safetyBeside: boolean
  noteBeside: boolean
  besideHeight: number
  belowHeight: number
}

/**
 * What goes beside the drawing: the head, then steps until the text reaches the drawing's foot,
 * unless a step would run on below the foot by more than it takes across the page; the "Take
 * care" line and the note only when every step is already beside and they still fit.
 */
function besideAndBelow(item: HandoutItem, width: number, height: number, headHeight: number, ctx: LayoutContext): CardPlan {
  const full = ctx.page.bodyWidth
  const steps = ctx.options.showSteps ? item.steps : []
  let beside = headHeight + (steps.length > 0 ? 4 : 0)
  let stepsBeside = 0
  while (stepsBeside < steps.length && beside < height) {
    // A step that would run on far below the drawing's foot takes less room across the page.
    const step = steps[stepsBeside]!
    const narrow = estimateStep(step, width, ctx)
    if (beside + narrow - height >= estimateStep(step, full, ctx)) break
    beside += narrow
    stepsBeside++
  }
  const allBeside = stepsBeside === steps.length
  const safetyBeside = allBeside && beside + estimateSafety(item, width, ctx) <= height
  if (safetyBeside) beside += estimateSafety(item, width, ctx)
  const noteBeside = safetyBeside && item.note !== '' && beside + estimateNote(item, width, ctx) <= height
  if (noteBeside) beside += estimateNote(item, width, ctx)
  let below = 0
  if (stepsBeside < steps.length) below += BELOW_GAP + steps.slice(stepsBeside).reduce((h, step) => h + estimateStep(step, full, ctx), 0)
  if (!safetyBeside) below += estimateSafety(item, full, ctx)
  if (!noteBeside) below += estimateNote(item, full, ctx)
  return { stepsBeside, safetyBeside, noteBeside, besideHeight: beside, belowHeight: below }
}
