import type { CanvasElement, Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { estimateTextHeight } from '../estimate'
import type { HandoutItem } from '../prepare-items'
import { colours } from '../theme'

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
/** Up to this many sessions a day get a box each; more share one box and a note. */
const MAX_BOXES = 3

/** One box per session, stacked like a to-do list, so a column needs only one box's width. */
function tickBoxes(count: number, size: number): CanvasElement[] {
  const gap = size * 0.5
  return Array.from({ length: count }, (_, i) => ({
    type: 'rect' as const, x: 0, y: i * (size + gap), w: size, h: size, r: 2, lineWidth: 0.9, lineColor: colours.chartLine
  }))
}

const layout: CustomTableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => colours.chartLine,
  vLineColor: () => colours.chartLine,
  paddingLeft: () => 6,
  paddingRight: () => 6,
  paddingTop: () => 4,
  paddingBottom: () => 4
}

/**
 * "Your week": a chart with a row per exercise and a column per day, each cell holding one
 * box per session to tick at home. The header row repeats when the chart runs over a page.
 */
export function adherenceChart(items: HandoutItem[], ctx: LayoutContext): Content[] {
  if (items.length === 0) return []
  const { type } = ctx
  const boxSize = ctx.options.largePrint ? 13 : 11
  const dayWidth = ctx.options.largePrint ? 32 : 28
  const headerCell = (text: string, alignment: 'left' | 'center'): TableCell =>
    ({ text, bold: true, alignment, fillColor: colours.chartHeader, fontSize: type.small })
  const header = [headerCell('Exercise', 'left'), ...DAYS.map((day) => headerCell(day, 'center'))]
  const rows: TableCell[][] = items.map((item) => {
    const boxes = item.timesPerDay <= MAX_BOXES ? item.timesPerDay : 1
    const label: Content[] = [
      { text: [{ text: `${item.number}  `, color: colours.accent, bold: true }, { text: item.name }] },
      { text: item.frequency, color: colours.muted, fontSize: type.small }
    ]
    const cell = (): TableCell => ({ canvas: tickBoxes(boxes, boxSize), alignment: 'center', margin: [0, 1, 0, 0] })
    return [{ stack: label, fontSize: type.body }, ...DAYS.map(cell)]
  })
  const table: Content = {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', ...DAYS.map(() => dayWidth)], body: [header, ...rows] },
    layout
  }
  const heading: Content[] = [
    {
      columns: [
        { width: '*', text: 'Your week', fontSize: type.heading, bold: true },
        { width: 'auto', text: [{ text: 'Week starting: ' }, { text: '_'.repeat(18), color: colours.chartLine }], fontSize: type.body, margin: [0, type.heading - type.body, 0, 0] }
      ]
    },
    { text: 'Tick a box each time you do an exercise. Start a fresh copy each week.', fontSize: type.body, color: colours.muted, margin: [0, 3, 0, 10] }
  ]
  const nameWidth = ctx.page.bodyWidth - DAYS.length * (dayWidth + 12) - 12
  const rowsHeight = items.reduce((sum, item) => {
    const boxes = item.timesPerDay <= MAX_BOXES ? item.timesPerDay : 1
    const text = estimateTextHeight(`${item.number}  ${item.name}`, nameWidth, type.body, 1) + estimateTextHeight(item.frequency, nameWidth, type.small, 1)
    return sum + 8 + Math.max(boxes * boxSize * 1.5, text)
  }, 0)
  const estimate = type.heading * 1.4 + type.body * 1.4 + 16 + type.small * 1.2 + 12 + rowsHeight
  if (estimate <= ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT) return [{ stack: [...heading, table], unbreakable: true, margin: [0, 26, 0, 0] }]
  return [{ stack: heading, pageBreak: 'before' }, table]
}
