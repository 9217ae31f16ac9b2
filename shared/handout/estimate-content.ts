import type { CanvasElement, Content } from 'pdfmake/interfaces'
import { estimateTextHeight, estimateTextWidth } from './estimate'

/** The text style a node inherits from its parents. */
export interface Inherited { fontSize: number; lineHeight: number }

type Margin = [number, number, number, number]
type Node = Record<string, unknown>

function margins(value: unknown): Margin {
  if (typeof value === 'number') return [value, value, value, value]
  if (Array.isArray(value) && value.length === 2) return [value[0], value[1], value[0], value[1]] as Margin
  if (Array.isArray(value) && value.length === 4) return value as Margin
  return [0, 0, 0, 0]
}

/** The words of a text node, its runs joined (a run in another size is taken at the node's size). */
function plainText(text: unknown): string {
  if (typeof text === 'string') return text
  if (Array.isArray(text)) return text.map((run) => plainText(typeof run === 'object' && run !== null ? (run as Node).text : run)).join('')
  return typeof text === 'object' && text !== null ? plainText((text as Node).text) : ''
}

function canvasHeight(elements: readonly CanvasElement[]): number {
  let bottom = 0
  for (const e of elements) {
    if (e.type === 'rect') bottom = Math.max(bottom, e.y + e.h)
    else if (e.type === 'line') bottom = Math.max(bottom, e.y1, e.y2, 0) + (e.lineWidth ?? 1) / 2
    else if (e.type === 'ellipse') bottom = Math.max(bottom, e.y + (e.r2 ?? e.r1))
    else if (e.type === 'polyline') bottom = Math.max(bottom, ...e.points.map((p) => p.y))
  }
  return bottom
}

/** How wide a node's text runs unwrapped ('auto' columns); Infinity for what it cannot tell. */
function naturalWidth(node: unknown, style: Inherited): number {
  if (typeof node === 'string') return estimateTextWidth(node, style.fontSize)
  if (typeof node !== 'object' || node === null) return Infinity
  const n = node as Node
  const [left, , right] = margins(n.margin)
  const own: Inherited = { ...style, fontSize: typeof n.fontSize === 'number' ? n.fontSize : style.fontSize }
  // A point of air, so the text measured unwrapped is not wrapped by the height estimate's own rounding.
  if ('text' in n) return left + right + estimateTextWidth(plainText(n.text), own.fontSize) * 1.03 + 1
  if (Array.isArray(n.stack)) return left + right + Math.max(0, ...n.stack.map((part) => naturalWidth(part, own)))
  return Infinity
}

/** Column widths as pdfmake shares them: fixed and 'auto' widths first, '*' split what is left. */
function columnWidths(columns: Node[], width: number, gap: number, style: Inherited): number[] {
  const room = width - gap * (columns.length - 1)
  const fixed = columns.map((c) => (typeof c.width === 'number' ? c.width : c.width === 'auto' && naturalWidth(c, style) < room / 2 ? naturalWidth(c, style) : null))
  const taken = fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0)
  const flexible = fixed.filter((w) => w === null).length
  return fixed.map((w) => w ?? Math.max(0, (room - taken) / Math.max(1, flexible)))
}

/**
 * The estimated height of a pdfmake node `width` points wide, erring tall like the text estimate
 * it rests on: for deciding what goes where before pdfmake lays the page out. Knows the nodes the
 * handout uses (text, stack, columns, lists, one-cell tables as boxes, canvas, images).
 */
export function estimateContentHeight(content: Content, width: number, inherited: Inherited): number {
  if (typeof content === 'string' || typeof content === 'number') return estimateTextHeight(String(content), width, inherited.fontSize, inherited.lineHeight)
  if (Array.isArray(content)) return content.reduce<number>((sum, part) => sum + estimateContentHeight(part as Content, width, inherited), 0)
  const node = content as unknown as Node
  const [left, top, right, bottom] = margins(node.margin)
  const inner = width - left - right
  const style: Inherited = {
    fontSize: typeof node.fontSize === 'number' ? node.fontSize : inherited.fontSize,
    lineHeight: typeof node.lineHeight === 'number' ? node.lineHeight : inherited.lineHeight
  }
  let height = 0
  if ('text' in node) {
    height = estimateTextHeight(plainText(node.text), inner, style.fontSize, style.lineHeight)
  } else if (Array.isArray(node.stack)) {
    height = estimateContentHeight(node.stack as Content[], inner, style)
  } else if (Array.isArray(node.columns)) {
    const columns = node.columns as Node[]
    const widths = columnWidths(columns, inner, typeof node.columnGap === 'number' ? node.columnGap : 0, style)
    height = Math.max(0, ...columns.map((column, i) => estimateContentHeight(column as unknown as Content, widths[i]!, style)))
  } else if (Array.isArray(node.ul) || Array.isArray(node.ol)) {
    const items = (node.ul ?? node.ol) as Content[]
    const marker = Array.isArray(node.ol) ? style.fontSize * 1.9 : style.fontSize * 1.2
    height = items.reduce<number>((sum, item) => sum + estimateContentHeight(item, inner - marker, style), 0)
  } else if (typeof node.table === 'object' && node.table !== null) {
    height = estimateBox(node, inner, style)
  } else if (Array.isArray(node.canvas)) {
    height = canvasHeight(node.canvas as CanvasElement[])
  } else if ('image' in node) {
    height = typeof node.height === 'number' ? node.height : Array.isArray(node.fit) ? Number(node.fit[1]) : 0
  }
  return top + height + bottom
}

/** A one-cell table used as a box (sections/boxes.ts): its cell, padding and rules; other tables by their rows, unpadded. */
function estimateBox(node: Node, width: number, style: Inherited): number {
  const table = node.table as { body: Content[][] }
  const layout = (typeof node.layout === 'object' && node.layout !== null ? node.layout : {}) as Record<string, unknown>
  const call = (key: string, fallback: number) => (typeof layout[key] === 'function' ? Number((layout[key] as (i: number, n: unknown) => number)(0, node)) : fallback)
  const padX = call('paddingLeft', 4) + call('paddingRight', 4)
  const padY = call('paddingTop', 2) + call('paddingBottom', 2)
  const rule = call('hLineWidth', 1)
  return table.body.reduce<number>((sum, row) => {
    const cellWidth = (width - padX * row.length) / Math.max(1, row.length)
    return sum + padY + rule + Math.max(0, ...row.map((cell) => estimateContentHeight(cell, cellWidth, style)))
  }, rule)
}
