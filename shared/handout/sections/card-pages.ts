import type { Content } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import type { HandoutItem } from '../prepare-items'
import { estimateTextHeight } from '../estimate'
import { estimateNote, estimateStep, nameLine, noteBox, stepsList } from './card-parts'
import { estimateSafety, safetyLines } from './safety-lines'

/**
 * How a card too tall for one page is split: only between steps. The first part holds the card's
 * head and as many steps as fit in `firstRoom`; each further part starts a new page with
 * "Name (continued)". The safety lines and the note go with the last steps, or on their own.
 */
export interface CardSplit {
  /** Steps [0, firstSteps) go with the head. */
  firstSteps: number
  /** The blocks that follow the head's part, each kept together unless it is a long note. */
  parts: Content[]
}

export function splitCard(item: HandoutItem, width: number, firstRoom: number, ctx: LayoutContext): CardSplit {
  const room = ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
  const steps = ctx.options.showSteps ? item.steps : []
  const label = estimateTextHeight(`${item.number}   ${item.name} (continued)`, width, ctx.type.name, ctx.type.lineHeight) + 8
  const groups: [number, number][] = []
  let start = 0
  let used = 0
  let limit = firstRoom
  steps.forEach((step, i) => {
    const h = estimateStep(step, width, ctx)
    if (used + h > limit && i > start) {
      groups.push([start, i])
      start = i
      used = label
      limit = room
    } else if (used + h > limit && groups.length === 0 && i === 0) {
      // Not even one step fits beside the head: the steps start on the next page.
      groups.push([0, 0])
      used = label
      limit = room
    }
    used += h
  })
  groups.push([start, steps.length])
  const [first, ...rest] = groups
  const tail = () => [...safetyLines(item, ctx), ...noteBox(item, ctx)]
  const note = estimateSafety(item, width, ctx) + estimateNote(item, width, ctx)
  const noteFitsWithLast = rest.length > 0 ? used + note <= room : false
  const parts: Content[] = rest.map(([from, to], i) => {
    const last = i === rest.length - 1
    return {
      stack: [nameLine(item, ctx, true), ...stepsList(item, ctx, from, to), ...(last && noteFitsWithLast ? tail() : [])],
      unbreakable: true,
      pageBreak: 'before'
    }
  })
  if (!noteFitsWithLast && note > 0) {
    // After the last step, in the flow: it may share the page with the steps, so it is not
    // labelled. A note longer than a page is the one thing allowed to run on across a page break.
    parts.push(note <= room ? { stack: tail(), unbreakable: true } : { stack: tail() })
  }
  return { firstSteps: first![1], parts }
}
