import type { CanvasElement, Column, Content } from 'pdfmake/interfaces'
import type { SeekHelpItem } from '../../domain'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { estimateTextHeight } from '../estimate'
import { colours } from '../theme'
import { box } from './boxes'

/** A warning triangle drawn as vectors: the bundled font has no warning sign. */
function warningIcon(size: number): Column {
  const stroke = size * 0.1
  const canvas: CanvasElement[] = [
    { type: 'polyline', points: [{ x: size / 2, y: 1 }, { x: size - 1, y: size - 1 }, { x: 1, y: size - 1 }], closePath: true, color: colours.alert, lineColor: colours.alert, lineWidth: 1.5, lineJoin: 'round' },
    { type: 'line', x1: size / 2, y1: size * 0.36, x2: size / 2, y2: size * 0.64, lineWidth: stroke, lineColor: '#ffffff', lineCap: 'round' },
    { type: 'ellipse', x: size / 2, y: size * 0.8, r1: stroke * 0.6, color: '#ffffff' }
  ]
  return { width: size, canvas }
}

export interface ClinicContact {
  clinician: string
  clinic: string
  phone: string
}

function contactLine(contact: ClinicContact, ctx: LayoutContext): Content[] {
  const who = [contact.clinician, contact.clinic].filter(Boolean).join(', ')
  if (!contact.phone) return []
  const lead = who ? `Questions about your exercises? Call ${who} on ` : 'Questions about your exercises? Call your physiotherapist on '
  // The number never breaks over two lines: a patient copies it into a phone.
  return [{ text: [{ text: lead }, { text: contact.phone, bold: true, noWrap: true }, { text: '.' }], fontSize: ctx.type.body, margin: [0, 10, 0, 0] }]
}

/**
 * The boxed "Stop and seek help if…" section: emergencies first, then reasons to see a doctor
 * soon. Kept on one page whenever it fits on one (the shipped list easily does).
 */
export function seekHelpBox(items: readonly SeekHelpItem[], contact: ClinicContact, ctx: LayoutContext): Content {
  const { type, clean } = ctx
  const text = (item: SeekHelpItem, i: number) => clean(item.text, `stop-and-seek-help item ${i + 1}`)
  const emergency = items.filter((i) => i.emergency).map(text)
  const soon = items.filter((i) => !i.emergency).map((item, i) => text(item, i + emergency.length))
  const list = (lines: string[]): Content => ({ ul: lines, fontSize: type.body, lineHeight: type.lineHeight, markerColor: colours.alert, margin: [0, 4, 0, 0] })
  const iconSize = type.heading + 4
  const content: Content[] = [
    {
      columns: [warningIcon(iconSize), { text: 'Stop and seek help if…', fontSize: type.heading, bold: true, color: colours.alert, margin: [8, 2, 0, 0] }],
      columnGap: 0,
      margin: [0, 0, 0, 6]
    }
  ]
  if (emergency.length > 0) {
    content.push({ text: 'Go to an emergency department or call an ambulance straight away if:', fontSize: type.body, bold: true }, list(emergency))
  }
  if (soon.length > 0) {
    content.push({ text: 'Stop the exercises and contact your doctor or physiotherapist soon if:', fontSize: type.body, bold: true, margin: [0, emergency.length > 0 ? 10 : 0, 0, 0] }, list(soon))
  }
  content.push(...contactLine(contact, ctx))
  const width = ctx.page.bodyWidth - 28 - 12
  const height = 120 + [...emergency, ...soon].reduce((sum, line) => sum + estimateTextHeight(line, width, type.body, type.lineHeight), 0)
  const fits = height <= ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
  return { ...box(content, { fill: colours.alertSoft, border: colours.alert, borderWidth: 1.25, padding: 14 }), margin: [0, 14, 0, 0], unbreakable: fits }
}
