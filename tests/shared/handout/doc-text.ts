import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces'
import { colours } from '../../../shared/handout/theme'

/** A node of the document tree as plain data, for searching it without knowing its shape. */
type Node = unknown

function walk(node: Node, visit: (value: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit)
    return
  }
  if (typeof node !== 'object' || node === null) return
  const record = node as Record<string, unknown>
  visit(record)
  for (const value of Object.values(record)) walk(value, visit)
}

function inlineText(text: unknown): string {
  if (typeof text === 'string') return text
  if (Array.isArray(text)) return text.map(inlineText).join('')
  if (typeof text === 'object' && text !== null && 'text' in text) return inlineText((text as { text: unknown }).text)
  return ''
}

/** Every paragraph a pdfmake document would print (inline runs joined), separated by newlines. */
export function allText(content: Node): string {
  const parts: string[] = []
  const collect = (node: Node): void => {
    if (typeof node === 'string') parts.push(node)
    else if (Array.isArray(node)) node.forEach(collect)
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>
      if ('text' in record) parts.push(inlineText(record.text))
      for (const [key, value] of Object.entries(record)) if (key !== 'text' && typeof value === 'object') collect(value)
    }
  }
  collect(content)
  return parts.join('\n')
}

/** The header and footer of page `page` of `pages`. */
export function frameContent(doc: TDocumentDefinitions, page: number, pages: number): Node[] {
  const size = { width: 595, height: 842, orientation: 'portrait' as const }
  const call = (fn: DynamicContent | Content | undefined) => (typeof fn === 'function' ? fn(page, pages, size) : fn)
  return [call(doc.header), call(doc.footer)]
}

/** Every font size set anywhere in the document, frames included. */
export function fontSizes(doc: TDocumentDefinitions): number[] {
  const sizes: number[] = []
  const collect = (node: Node) => walk(node, (record) => {
    if (typeof record.fontSize === 'number') sizes.push(record.fontSize)
  })
  collect(doc.content)
  frameContent(doc, 2, 3).forEach(collect)
  if (doc.defaultStyle?.fontSize !== undefined) sizes.push(doc.defaultStyle.fontSize)
  return sizes
}

/** Nodes with a given key (e.g. 'canvas', 'unbreakable'), anywhere in the content. */
export function nodesWith(content: Node, key: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = []
  walk(content, (record) => {
    if (key in record) found.push(record)
  })
  return found
}

/** The drawings: canvases on the soft panel every drawing sits on (the chart's tick boxes are canvases too). */
export function drawingNodes(content: Node): Record<string, unknown>[] {
  return nodesWith(content, 'canvas').filter((node) => (node.canvas as { color?: string }[])[0]?.color === colours.drawingPanel)
}
