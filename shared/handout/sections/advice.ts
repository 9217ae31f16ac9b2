import type { Content } from 'pdfmake/interfaces'
import type { LayoutContext } from '../context'
import { colours } from '../theme'
import { box } from './boxes'

/** General advice before the exercises (content: ../content/advice-lines), with the estimated time for one session. */
export function adviceBox(minutes: number, ctx: LayoutContext, advice: readonly string[]): Content {
  const { type } = ctx
  const lines: Content[] = [...advice]
  if (minutes > 0) {
    const time = minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`
    lines.push({ text: [{ text: 'All the exercises together take ' }, { text: time, bold: true }, { text: ' each time.' }] })
  }
  return {
    ...box([
      { text: 'How to do your exercises', fontSize: type.heading, bold: true, color: colours.accent, margin: [0, 0, 0, 6] },
      { ul: lines, fontSize: type.body, lineHeight: type.lineHeight, markerColor: colours.accent }
    ], { fill: colours.accentSoft }),
    margin: [0, 14, 0, 0],
    unbreakable: true
  }
}
