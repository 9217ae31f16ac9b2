import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { drawingAspect, itemFigure } from '../drawing/drawing-node'
import { estimateTextHeight } from '../estimate'
import type { HandoutItem } from '../prepare-items'
import { splitCard } from './card-pages'
import { doseLine, estimateHead, estimateNote, estimateStep, gentlerLine, nameLine, noteBox, stepsList } from './card-parts'
import { safetyLines, estimateSafety } from './safety-lines'

interface PanelRule {
  /** The largest panel, in points. */
  width: number
  height: number
  /** A lying figure is wide and low: its panel is only as tall as the figure needs, never below this. */
  lowest: number
  /** A standing figure is tall and narrow: its panel is only as wide as the figure needs, never below this. */
  narrowest: number
  /** The name across the card above the drawing (large print: a 20 pt name beside a drawing wraps). */
  nameAcross: boolean
  /** Space between the steps and what runs on under the drawing. */
  belowGap: number
}

/**
 * Normal print: the name, the dose and the first steps beside the drawing. Large print: the name
 * across, then the drawing on a smaller panel with the dose and the first steps (still 16 pt)
 * beside it, so about two cards fit on a page instead of one.
 */
const PANELS: Record<'normal' | 'large', PanelRule> = {
  normal: { width: 150, height: 106, lowest: 66, narrowest: 110, nameAcross: false, belowGap: 3 },
  large: { width: 180, height: 126, lowest: 80, narrowest: 116, nameAcross: true, belowGap: 6 }
}
/** The drawing's inset on its panel (drawing-node) plus a little air. */
const PANEL_AIR = 20
const GAP = 12
/** Steps under the drawing are set a little closer than the body text elsewhere. */
const CARD_LINE_HEIGHT = { normal: 1.07, large: 1.1 }
/** Space between a name set across the card and the drawing. */
const NAME_GAP = 6

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
 * card takes little more than its drawing's height. Large print sets the name across the card, above.
 */
export function exerciseCard(item: HandoutItem, layout: LayoutContext): CardBlocks {
  const print = layout.options.largePrint ? 'large' : 'normal'
  const rule = PANELS[print]
  const ctx: LayoutContext = { ...layout, type: { ...layout.type, lineHeight: CARD_LINE_HEIGHT[print] } }
  const size = panelSize(item, rule)
  const drawing = itemFigure(item, size.width, size.height)
  const full = ctx.page.bodyWidth
  const textWidth = full - (drawing ? size.width + GAP : 0)
  const room = ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
  const across = rule.nameAcross && drawing !== null
  const name = across ? [{ stack: [nameLine(item, ctx)], margin: [0, 0, 0, NAME_GAP] } satisfies Content] : []
  const nameHeight = across ? estimateTextHeight(`${item.number}   ${item.name}`, full, ctx.type.name, ctx.type.lineHeight) + NAME_GAP : 0
  const head: Content[] = [...(across ? [] : [nameLine(item, ctx)]), doseLine(item, ctx, [0, across ? 0 : 4, 0, 0]), ...gentlerLine(item, ctx)]
  const headHeight = estimateHead(item, textWidth, ctx, !across)
  const card = (text: Content[]): Content => drawing
    ? { columns: [{ width: size.width, stack: [drawing] }, { width: '*', stack: text }], columnGap: GAP }
    : { stack: text }
  const plan = besideAndBelow(item, textWidth, drawing ? size.height : Infinity, headHeight, ctx, rule)
  if (nameHeight + Math.max(drawing ? size.height : 0, plan.besideHeight) + plan.belowHeight <= room) {
    const steps = item.steps.length
    return [{
      stack: [
        ...name,
        card([
          ...head,
          ...stepsList(item, ctx, 0, plan.stepsBeside, [0, 4, 0, 0]),
          ...(plan.safetyBeside ? safetyLines(item, ctx) : []),
          ...(plan.noteBeside ? noteBox(item, ctx) : [])
        ]),
        ...stepsList(item, ctx, plan.stepsBeside, steps, [0, rule.belowGap, 0, 0]),
        ...(plan.safetyBeside ? [] : safetyLines(item, ctx)),
        ...(plan.noteBeside ? [] : noteBox(item, ctx))
      ],
      unbreakable: true
    }]
  }
  const split = splitCard(item, textWidth, room - nameHeight - headHeight - 4, ctx)
  return [{ stack: [...name, card([...head, ...stepsList(item, ctx, 0, split.firstSteps, [0, 4, 0, 0])])], unbreakable: true }, ...split.parts]
}

/**
 * The panel fits the figure at the scale the full panel would give it: lower for a figure lying
 * down, narrower for one standing up, so the text beside it gets the room the panel would waste.
 */
function panelSize(item: HandoutItem, rule: PanelRule): { width: number; height: number } {
  if (item.photo || item.poseId === null) return { width: rule.width, height: rule.height }
  const aspect = drawingAspect(item.poseId)
  const height = (rule.width - PANEL_AIR) / aspect + PANEL_AIR
  const width = (rule.height - PANEL_AIR) * aspect + PANEL_AIR
  return {
    width: Math.round(Math.min(rule.width, Math.max(rule.narrowest, width))),
    height: Math.round(Math.min(rule.height, Math.max(rule.lowest, height)))
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
function besideAndBelow(item: HandoutItem, width: number, height: number, headHeight: number, ctx: LayoutContext, rule: PanelRule): CardPlan {
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
  if (stepsBeside < steps.length) below += rule.belowGap + steps.slice(stepsBeside).reduce((h, step) => h + estimateStep(step, full, ctx), 0)
  if (!safetyBeside) below += estimateSafety(item, full, ctx)
  if (!noteBeside) below += estimateNote(item, full, ctx)
  return { stepsBeside, safetyBeside, noteBeside, besideHeight: beside, belowHeight: below }
}
