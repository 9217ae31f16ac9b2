import type { Content } from 'pdfmake/interfaces'
import type { Exercise } from '../../domain'
import type { LayoutContext } from '../context'

type EquipmentItem = Exercise['equipment'][number]

/** Each piece of equipment as a patient would find it at home. */
const EQUIPMENT_WORDS: Record<EquipmentItem, string> = {
  mat: 'an exercise mat or a folded blanket',
  cushion: 'a cushion or pillow',
  bolster: 'a firm bolster or two pillows',
  block: 'a yoga block or a thick book',
  strap: 'a strap, belt or long towel',
  towel: 'a towel',
  chair: 'a sturdy chair without wheels',
  wall: 'a clear stretch of wall',
  counter: 'a kitchen worktop or a sturdy table',
  band: 'an exercise band (your physiotherapist will say which)',
  weight: 'a small weight, such as a tin or a bottle of water',
  step: 'a bottom stair or a sturdy step',
  ball: 'a small soft ball',
  stick: 'a stick, such as a broom handle or walking stick',
  table: 'a table to rest your arm on',
  putty: 'therapy putty or soft modelling clay',
  flexbar: 'a flexible exercise bar'
}
const ORDER = Object.keys(EQUIPMENT_WORDS) as EquipmentItem[]

function list(items: string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** "You will need: …" for the whole plan, in a fixed order; nothing when no exercise needs anything. */
export function youWillNeed(equipment: readonly EquipmentItem[], ctx: LayoutContext): Content[] {
  const needed = ORDER.filter((item) => equipment.includes(item))
  if (needed.length === 0) return []
  const words = list(needed.map((item) => EQUIPMENT_WORDS[item]))
  return [
    { text: 'You will need', fontSize: ctx.type.body, bold: true, margin: [0, 0, 0, 4] },
    { text: `${words[0]!.toUpperCase()}${words.slice(1)}.`, fontSize: ctx.type.body, lineHeight: ctx.type.lineHeight }
  ]
}
