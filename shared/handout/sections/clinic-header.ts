import type { Column, Content } from 'pdfmake/interfaces'
import type { Settings } from '../../domain/settings'
import type { LayoutContext } from '../context'
import { colours } from '../theme'
import type { HandoutLogo } from '../types'

const LOGO_BOX: [number, number] = [120, 56]

function logoColumn(logo: HandoutLogo): Column {
  const scale = Math.min(LOGO_BOX[0] / logo.width, LOGO_BOX[1] / logo.height, 1)
  return { image: logo.dataUrl, width: Math.round(logo.width * scale), height: Math.round(logo.height * scale), margin: [0, 0, 14, 0] }
}

/**
 * The clinic's name, logo and contact details across the top of the first page, with the
 * clinician's name on the right. Empty when there is nothing to show.
 */
export function clinicHeader(settings: Settings | undefined, logo: HandoutLogo | undefined, ctx: LayoutContext): Content[] {
  const { clean, type } = ctx
  const name = clean(settings?.clinicName ?? '', 'clinic name')
  const address = clean(settings?.clinicAddress ?? '', 'clinic address')
  const phone = clean(settings?.clinicPhone ?? '', 'clinic phone')
  const email = clean(settings?.clinicEmail ?? '', 'clinic email')
  const clinician = clean(settings?.clinicianName ?? '', "clinician's name")
  // Each contact detail is kept whole on its line: a phone number never breaks in the middle.
  const contact = [phone && `Tel. ${phone}`, email].filter(Boolean).flatMap((detail, i) => [...(i > 0 ? [{ text: '   ·   ' }] : []), { text: detail, noWrap: true }])
  if (!name && !address && contact.length === 0 && !clinician && !logo) return []
  const details: Content[] = [
    ...(name ? [{ text: name, fontSize: type.heading, bold: true, color: colours.accent }] : []),
    ...(address ? [{ text: address, fontSize: type.small, color: colours.muted, margin: [0, 2, 0, 0] as [number, number, number, number] }] : []),
    ...(contact.length > 0 ? [{ text: contact, fontSize: type.small, color: colours.muted, margin: [0, 2, 0, 0] as [number, number, number, number] }] : [])
  ]
  const columns: Column[] = []
  if (logo) columns.push(logoColumn(logo))
  columns.push({ width: '*', stack: details })
  if (clinician) {
    columns.push({
      width: 'auto',
      alignment: 'right',
      stack: [
        { text: 'Your physiotherapist', fontSize: type.small, color: colours.muted, noWrap: true },
        { text: clinician, fontSize: type.body, bold: true, margin: [0, 2, 0, 0] }
      ]
    })
  }
  return [
    { columns, columnGap: 12 },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: ctx.page.bodyWidth, y2: 0, lineWidth: 1.5, lineColor: colours.accent }], margin: [0, 10, 0, 14] }
  ]
}
