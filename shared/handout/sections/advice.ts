import type { Content } from 'pdfmake/interfaces'
import type { LayoutContext } from '../context'
import { colours } from '../theme'
import { box } from './boxes'

const ADVICE = [
  'Move slowly and breathe normally. Do not hold your breath.',
  'Never bounce or jerk. Ease into each position and keep it still.',
  'You should feel mild tension or a gentle stretch, never pain.',
  'If an exercise makes your pain worse, stop it and tell your physiotherapist.'
]

/** General advice before the exercises, then the clinician's own advice for this patient, with the estimated time for one session. */
export function adviceBox(minutes: number, ctx: LayoutContext, ownAdvice: string[] = []): Content {
  const { type } = ctx
  const lines: Content[] = [...ADVICE, ...ownAdvice]
  if (minutes > 0) {
    const time = minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`
    lines.push({ text: [{ text: 'All the exercises together take ' }, { text: time, bold: true }, { text: ' each time.' }] })
  }
  return {
    ...box([
      { text: 'How to do your exercises', fontSize: type.heading, bold: true, color: colours.accent, margin: [0, 0, 0, 6] },
      { ul: lines, fontSize: type.body, lineHeight: type.lineHeight, markerColor: colours.accent }
    ], { fill: colours.accentSoft }),
    margin: [0, 18, 0, 0],
    unbreakable: true
  }
}
