import type { Content } from 'pdfmake/interfaces'
import type { LayoutContext } from './context'
import { estimateContentHeight, type Inherited } from './estimate-content'

/** The document's default text style (build-handout.ts). */
export const DEFAULT_LINE_HEIGHT = 1.15

/**
 * The detailed handout's order: the first page's facts and advice, then the stop-and-seek-help
 * box, then the exercises. When the box does not fit on the first page after the advice (a long
 * title, many goals, Letter paper, large print) it would leave a third of that page empty; then
 * the first exercises that fit go there and the box comes right after them, heading the next
 * page. `cards` holds each exercise's blocks; only a card kept whole (one block) moves up.
 */
export function detailedOrder(opening: Content[], seekHelp: Content, cards: Content[][], ctx: LayoutContext): Content[] {
  const inherited: Inherited = { fontSize: ctx.type.body, lineHeight: DEFAULT_LINE_HEIGHT }
  const width = ctx.page.bodyWidth
  const room = ctx.page.bodyHeight - estimateContentHeight(opening, width, inherited)
  const inOrder = [...opening, seekHelp, ...cards.flat()]
  if (room <= 0 || estimateContentHeight(seekHelp, width, inherited) <= room) return inOrder
  let used = 0
  let first = 0
  while (first < cards.length && cards[first]!.length === 1) {
    const height = estimateContentHeight(cards[first]![0]!, width, inherited)
    if (used + height > room) break
    used += height
    first++
  }
  if (first === 0) return inOrder
  return [...opening, ...cards.slice(0, first).flat(), seekHelp, ...cards.slice(first).flat()]
}
