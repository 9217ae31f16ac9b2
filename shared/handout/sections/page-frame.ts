import type { Content, DynamicContent } from 'pdfmake/interfaces'
import type { LayoutContext } from '../context'
import { estimateLines } from '../estimate'
import { colours } from '../theme'

const DISCLAIMER = 'Made for you by your physiotherapist. It does not replace advice from your doctor.'

/** From the second page on: who the handout is for, so loose pages find their way back. */
export function runningHeader(patientName: string | null, planTitle: string, ctx: LayoutContext): DynamicContent {
  const label = fitOneLine([patientName, planTitle].filter(Boolean).join('  ·  '), ctx.page.bodyWidth, ctx.type.small)
  const [left, , right] = ctx.page.margins
  return (currentPage) => (currentPage === 1 ? null : {
    text: label,
    fontSize: ctx.type.small,
    color: colours.muted,
    noWrap: true,
    margin: [left, 20, right, 0]
  })
}

/** The text, shortened at a word with an ellipsis when it would not fit on one line. */
export function fitOneLine(text: string, width: number, fontSize: number): string {
  if (estimateLines(text, width, fontSize) <= 1) return text
  const words = text.split(' ')
  while (words.length > 1 && estimateLines(`${words.join(' ')}…`, width, fontSize) > 1) words.pop()
  return `${words.join(' ').replace(/[\s\u00b7,]+$/, '')}…`
}

/** The short disclaimer and "Page 2 of 3" on every page. */
export function footer(ctx: LayoutContext): DynamicContent {
  const [left, , right] = ctx.page.margins
  return (currentPage, pageCount): Content => ({
    columns: [
      { width: '*', text: DISCLAIMER },
      { width: 'auto', text: `Page ${currentPage} of ${pageCount}`, noWrap: true, alignment: 'right', margin: [16, 0, 0, 0] }
    ],
    fontSize: ctx.type.small,
    color: colours.muted,
    margin: [left, 10, right, 0]
  })
}
