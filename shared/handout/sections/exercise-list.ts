import type { Content } from 'pdfmake/interfaces'
import type { LayoutContext } from '../context'
import type { HandoutItem } from '../prepare-items'
import { colours } from '../theme'
import { exerciseCard } from './exercise-card'

function rule(ctx: LayoutContext): Content {
  const space = ctx.options.layout === 'compact' ? 8 : 12
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: ctx.page.bodyWidth, y2: 0, lineWidth: 0.75, lineColor: colours.rule }], margin: [0, space, 0, space] }
}

/**
 * "Your exercises": every exercise in the plan's order. Each card's first block carries the rule
 * above it and, for the first card, the section heading, so neither a heading nor a rule is
 * ever left alone at the foot of a page.
 */
export function exerciseList(items: HandoutItem[], ctx: LayoutContext): Content[] {
  const heading: Content = { text: 'Your exercises', fontSize: ctx.type.heading, bold: true, margin: [0, 22, 0, 12] }
  if (items.length === 0) {
    return [{ stack: [heading, { text: 'Your physiotherapist has not added any exercises yet.', fontSize: ctx.type.body, color: colours.muted }], unbreakable: true }]
  }
  return items.map((item) => exerciseCard(item, ctx)).flatMap(([first, ...rest], i) => [
    { stack: [i === 0 ? heading : rule(ctx), first], unbreakable: true },
    ...rest
  ])
}
