import type { Content } from 'pdfmake/interfaces'
import type { LayoutContext } from '../context'
import { colours } from '../theme'

export interface TitleFacts {
  title: string
  patientName: string | null
  date: string
  /** "Phase 2 · Week 3 after your operation", when known. */
  stage: string | null
  /** The next review as a long date; null leaves a line to write it on. */
  review: string | null
  goals: string[]
}

/**
 * "Home exercise plan", the plan's title, who it is for and when, the next review and the goals;
 * `beside` (the "You will need" list) goes to the right of the goals, so the first page has room
 * for the stop-and-seek-help box.
 */
export function titleBlock(facts: TitleFacts, ctx: LayoutContext, beside: Content[] = []): Content[] {
  const { type } = ctx
  const who: Content = facts.patientName
    ? { text: [{ text: 'For ', color: colours.muted }, { text: facts.patientName, bold: true }] }
    : { text: [{ text: 'For ', color: colours.muted }, { text: '_'.repeat(28), color: colours.rule }] }
  const content: Content[] = [
    { text: 'HOME EXERCISE PLAN', fontSize: type.small, bold: true, color: colours.accent, characterSpacing: 1.2 },
    { text: facts.title, fontSize: type.title, bold: true, margin: [0, 4, 0, 6] },
    {
      columns: [
        { width: '*', ...who },
        { width: 'auto', text: [...(facts.stage ? [{ text: facts.stage, bold: true }, { text: '   ' }] : []), { text: facts.date }], color: colours.muted }
      ],
      fontSize: type.body
    },
    {
      text: [{ text: 'Next review ', color: colours.muted }, facts.review ? { text: facts.review, bold: true } : { text: '_'.repeat(22), color: colours.rule }],
      fontSize: type.body,
      margin: [0, 4, 0, 0]
    }
  ]
  const goals: Content[] = facts.goals.length === 0 ? [] : [
    { text: facts.goals.length === 1 ? 'Your goal' : 'Your goals', fontSize: type.body, bold: true, margin: [0, 0, 0, 4] },
    { ul: facts.goals, fontSize: type.body, markerColor: colours.accent, lineHeight: type.lineHeight }
  ]
  if (goals.length > 0 && beside.length > 0 && !ctx.options.largePrint) {
    content.push({ columns: [{ width: '*', stack: goals }, { width: '*', stack: beside }], columnGap: 20, margin: [0, 12, 0, 0] })
  } else {
    content.push(...[...goals, ...beside].map((part, i) => (i === 0 ? { stack: [part], margin: [0, 12, 0, 0] as [number, number, number, number] } : part)))
  }
  return content
}
