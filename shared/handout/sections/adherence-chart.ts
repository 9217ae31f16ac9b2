import type { CanvasElement, CanvasRect, Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import { KEEP_TOGETHER_LIMIT, type LayoutContext } from '../context'
import { carrying } from '../drawing/carried-vectors'
import { estimateTextHeight } from '../estimate'
import type { HandoutItem } from '../prepare-items'
import { colours } from '../theme'

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
/** Two weeks side by side leave each day a narrow column. */
const SHORT_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']
/** Up to this many sessions a day get a box each; more share one box and a note. */
const MAX_BOXES = 2
export const DEFAULT_CHART_WEEKS = 2

/** One box per session, side by side, so a row is one box tall; `x` is where the first box starts. */
function dayBoxes(perDay: number, size: number, x = 0): CanvasRect[] {
  const gap = size * 0.3
  return Array.from({ length: perDay }, (_, i) => ({
    type: 'rect' as const, x: x + i * (size + gap), y: 0, w: size, h: size, r: 2, lineWidth: 0.9, lineColor: colours.chartLine
  }))
}

const groupWidth = (perDay: number, size: number) => perDay * size + (perDay - 1) * size * 0.3
/** Between day columns: their padding (3 + 3) and the rule. */
const DAY_GAP = 3 + 3 + 0.6

/**
 * A row's tick boxes for the whole week as one drawing spanning the seven day columns, each
 * day's boxes centred under its day. One cell instead of seven keeps the chart quick to lay
 * out; the rows are one line tall, so the days are easy to follow down the header.
 */
function weekOfBoxes(perDay: number, size: number, dayWidth: number): CanvasElement[] {
  const key = `${perDay}/${size}/${dayWidth}`
  let week = weeksOfBoxes.get(key)
  if (!week) {
    const inset = (dayWidth - groupWidth(perDay, size)) / 2
    const [first, ...rest] = DAYS.flatMap((_, day) => dayBoxes(perDay, size, day * (dayWidth + DAY_GAP) + inset))
    // The first box carries the rest: the week is one vector to lay out (carried-vectors.ts).
    week = carrying(first!, rest)
    weeksOfBoxes.set(key, week)
  }
  return [{ ...week }]
}
/** A handful of sizes (boxes a day, print size), kept for every handout. */
const weeksOfBoxes = new Map<string, CanvasRect>()

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
/** Two weeks side by side: rows only as tall as their tick boxes. */
const pairedLayout: CustomTableLayout = { ...layout, paddingTop: () => 1.5, paddingBottom: () => 1.5 }

/**
 * Each row is named by the exercise's number only (the number printed large on its card), so a
 * row is one line and a week of twelve exercises takes a third of a page even in large print
 * (named rows wrapped to two or three lines there, and the chart ran to three pages). Normal
 * print also sets two weeks side by side, with narrower day columns, so the chart shares a page.
 */
const paired = (ctx: LayoutContext) => !ctx.options.largePrint
const sizes = (ctx: LayoutContext) => paired(ctx) ? { box: 8, day: 19, pain: 26 } : { box: 11, day: 34, pain: 72 }

/** One week: a title row and a day row that repeat over a page break, a row per exercise. */
function weekTable(week: number, weeks: number, items: HandoutItem[], ctx: LayoutContext): Content {
  const { type } = ctx
  const short = paired(ctx)
  const { box: boxSize, day: dayWidth, pain: painWidth } = sizes(ctx)
  const headerCell = (text: string, alignment: 'left' | 'center'): TableCell =>
    ({ text, bold: true, alignment, fillColor: colours.chartHeader, fontSize: type.small })
  const title: TableCell[] = [
    { text: [{ text: weeks === 1 ? 'Your week' : `Week ${week}`, bold: true }, { text: '    starting on  ' }, { text: '_'.repeat(14), color: colours.chartLine }], colSpan: 9, fontSize: type.body, border: [false, false, false, true], margin: [-5, 0, 0, 2] },
    ...Array.from({ length: 8 }, () => ({ text: '' }))
  ]
  const header = short
    ? [headerCell('No.', 'left'), ...SHORT_DAYS.map((day) => headerCell(day, 'center')), headerCell('Pain', 'center')]
    : [headerCell('No.', 'left'), ...DAYS.map((day) => headerCell(day, 'center')), headerCell('Pain 0–10', 'center')]
  // The number is set like the card's; the empty pain cell like the number, or it would make the row a line of body text tall.
  const size = { fontSize: short ? type.small : type.body, lineHeight: 0.85 }
  const rows: TableCell[][] = items.map((item) => {
    const boxes = item.timesPerDay <= MAX_BOXES ? item.timesPerDay : 1
    return [
      { text: String(item.number), color: colours.accent, bold: true, ...size },
      { canvas: weekOfBoxes(boxes, boxSize, dayWidth), colSpan: DAYS.length, margin: [0, short ? 2 : 3, 0, 0] }, ...DAYS.slice(1).map((): TableCell => ({ text: '' })),
      { text: '', ...size }
    ]
  })
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: ['*', ...DAYS.map(() => dayWidth), painWidth], body: [title, header, ...rows] },
    layout: short ? pairedLayout : layout,
    margin: [0, week === 1 || short ? 0 : 12, 0, 0]
  }
}

/** Weeks two by two, side by side (compact), or one under the other. */
function weekBlocks(weeks: number, items: HandoutItem[], ctx: LayoutContext): Content[] {
  const tables = Array.from({ length: weeks }, (_, i) => weekTable(i + 1, weeks, items, ctx))
  if (!paired(ctx) || weeks === 1) return tables
  const pairs: Content[] = []
  for (let i = 0; i < tables.length; i += 2) {
    pairs.push({ columns: [{ width: '*', stack: [tables[i]!] }, { width: '*', stack: tables[i + 1] ? [tables[i + 1]!] : [] }], columnGap: 16, margin: [0, i === 0 ? 0 : 12, 0, 0] })
  }
  return pairs
}

function estimateWeek(items: HandoutItem[], ctx: LayoutContext): number {
  const { type } = ctx
  const { box: boxSize } = sizes(ctx)
  const label = (paired(ctx) ? type.small : type.body) * 1.2
  const rows = items.length * (6 + Math.max(boxSize + 4, label))
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
  const howTo = paired(ctx)
    ? 'Tick a box each time you do an exercise. Each week, write your pain from 0 (none) to 10.'
    : 'Tick a box each time you do an exercise. At the end of each week, write how much it hurt, from 0 (no pain) to 10 (the worst pain). Bring this chart to your next visit.'
  const heading: Content[] = [
    { text: paired(ctx) ? 'Your chart: bring it to your next visit' : 'Your chart', fontSize: type.heading, bold: true, lineHeight: 1 },
    { text: howTo, fontSize: type.body, lineHeight: type.lineHeight, margin: [0, 2, 0, paired(ctx) ? 4 : 10] }
  ]
  const intro = type.heading * 1.4 + 13 + estimateTextHeight(howTo, ctx.page.bodyWidth, type.body, type.lineHeight)
  const room = ctx.page.bodyHeight * KEEP_TOGETHER_LIMIT
  const fits = estimateWeek(items, ctx) <= room
  const [first, ...rest] = weekBlocks(weeks, items, ctx)
  const placed = (table: Content): Content => (fits ? { stack: [table], unbreakable: true } : table)
  const start: Content[] = intro + estimateWeek(items, ctx) <= room
    ? [{ stack: [...heading, first!], unbreakable: true, margin: [0, paired(ctx) ? 6 : 24, 0, 0] }]
    : [{ stack: heading, pageBreak: 'before' }, first!]
  return [...start, ...rest.map(placed)]
}
