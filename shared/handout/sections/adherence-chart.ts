import type { CanvasElement, Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { estimateTextHeight } from '../estimate'
import type { HandoutItem } from '../prepare-items'
import { colours } from '../theme'

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
/** Up to this many sessions a day get a box each; more share one box and a note. */
const MAX_BOXES = 2
export const DEFAULT_CHART_WEEKS = 2

/** One box per session, side by side, so a row is one box tall. */
function tickBoxes(count: number, size: number): CanvasElement[] {
  const gap = size * 0.3
  return Array.from({ length: count }, (_, i) => ({
    type: 'rect' as const, x: i * (size + gap), y: 0, w: size, h: size, r: 2, lineWidth: 0.9, lineColor: colours.chartLine
  }))
}

const layout: CustomTableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => colours.chartLine,
  vLineColor: () => colours.chartLine,
  paddingLeft: (i) => (i === 0 ? 5 : 3),
  paddingRight: (i) => (i === 0 ? 5 : 3),
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5
}

/** One week: a title row and a day row that repeat over a page break, a row per exercise. */
function weekTable(week: number, weeks: number, items: HandoutItem[], ctx: LayoutContext): Content {
  const { type } = ctx
  const large = ctx.options.largePrint
  const boxSize = large ? 11 : 9
  const dayWidth = large ? 32 : 22
  const headerCell = (text: string, alignment: 'left' | 'center'): TableCell =>
    ({ text, bold: true, alignment, fillColor: colours.chartHeader, fontSize: type.small })
  const title: TableCell[] = [
    { text: [{ text: weeks === 1 ? 'Your week' : `Week ${week}`, bold: true }, { text: '    starting on  ' }, { text: '_'.repeat(14), color: colours.chartLine }], colSpan: 9, fontSize: type.body, border: [false, false, false, true], margin: [-5, 0, 0, 2] },
    ...Array.from({ length: 8 }, () => ({ text: '' }))
  ]
  const header = [headerCell('Exercise', 'left'), ...DAYS.map((day) => headerCell(day, 'center')), headerCell('Pain 0–10', 'center')]
  const rows: TableCell[][] = items.map((item) => {
    const boxes = item.timesPerDay <= MAX_BOXES ? item.timesPerDay : 1
    const label = { text: [{ text: `${item.number}  `, color: colours.accent, bold: true }, { text: item.name }, { text: `  ${item.frequency}`, color: colours.muted, fontSize: type.small }] }
    const inset = (dayWidth - (boxes * boxSize + (boxes - 1) * boxSize * 0.3)) / 2
    const cell = (): TableCell => ({ canvas: tickBoxes(boxes, boxSize), margin: [Math.max(0, inset), 2, 0, 0] })
    return [{ ...label, fontSize: type.body }, ...DAYS.map(cell), { text: '' }]
  })
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: ['*', ...DAYS.map(() => dayWidth), large ? 44 : 52], body: [title, header, ...rows] },
    layout,
    margin: [0, week === 1 ? 0 : 12, 0, 0]
  }
}

function estimateWeek(items: HandoutItem[], ctx: LayoutContext): number {
  const { type } = ctx
  const large = ctx.options.largePrint
  const boxSize = large ? 11 : 9
  const nameWidth = ctx.page.bodyWidth - DAYS.length * ((large ? 32 : 22) + 6) - (large ? 50 : 58) - 10
  const rows = items.reduce((sum, item) => {
    const text = estimateTextHeight(`${item.number}  ${item.name}  ${item.frequency}`, nameWidth, type.body, 1.2)
    return sum + 6 + Math.max(boxSize + 2, text)
  }, 0)
  return type.body * 1.5 + 10 + type.small * 1.2 + 7 + rows + 12
}

/**
 * "Your chart": a table per week (1 to 4) with a row per exercise, a column per day holding one
 * box per session to tick at home, and a column to note the pain (0 to 10) that week. The
 * heading always goes with the first week; a week kept together when it fits on a page.
 */
export function adherenceChart(items: HandoutItem[], ctx: LayoutContext): Content[] {
  if (items.length === 0) return []
  const { type } = ctx
  const weeks = Math.min(4, Math.max(1, ctx.options.chartWeeks ?? DEFAULT_CHART_WEEKS))
  const heading: Content[] = [
    { text: 'Your chart', fontSize: type.heading, bold: true },
    {
      text: 'Tick a box each time you do an exercise. At the end of each week, write how much it hurt, from 0 (no pain) to 10 (the worst pain). Bring this chart to your next visit.',
      fontSize: type.body, lineHeight: type.lineHeight, margin: [0, 3, 0, 10]
    }
  ]
  const intro = type.heading * 1.4 + 13 + estimateTextHeight('Tick a box each time you do an exercise. At the end of each week, write how much it hurt, from 0 (no pain) to 10 (the worst pain). Bring this chart to your next visit.', ctx.page.bodyWidth, type.body, type.lineHeight)
  const room = ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
  const fits = estimateWeek(items, ctx) <= room
  const tables = Array.from({ length: weeks }, (_, i) => weekTable(i + 1, weeks, items, ctx))
  const [first, ...rest] = tables
  const placed = (table: Content): Content => (fits ? { stack: [table], unbreakable: true } : table)
  const start: Content[] = intro + estimateWeek(items, ctx) <= room
    ? [{ stack: [...heading, first!], unbreakable: true, margin: [0, 24, 0, 0] }]
    : [{ stack: heading, pageBreak: 'before' }, first!]
  return [...start, ...rest.map(placed)]
}
