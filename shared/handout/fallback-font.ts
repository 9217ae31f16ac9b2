import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces'
import { FALLBACK_FONT, needsFallback, splitRuns } from './text-runs'

/** The document tree as plain data: only text and the containers that hold text are visited. */
type Props = Record<string, unknown>
const CONTAINERS = ['stack', 'columns', 'ul', 'ol'] as const

const isRecord = (value: unknown): value is Props => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Inline runs for one string, each carrying `props` (the inline's own style: pdfmake flattens
 * nested text arrays and would drop a parent inline's bold or colour, so they are copied).
 */
function runs(text: string, props: Props): Props[] {
  return splitRuns(text).map((run) => ({ ...props, text: run.text, ...(run.fallback ? { font: FALLBACK_FONT } : {}) }))
}

function inlineText(text: unknown): unknown {
  if (typeof text === 'string') return needsFallback(text) ? runs(text, {}) : text
  if (!Array.isArray(text)) return text
  let changed = false
  const out = text.flatMap((inline: unknown) => {
    if (typeof inline === 'string' && needsFallback(inline)) {
      changed = true
      return runs(inline, {})
    }
    if (isRecord(inline) && typeof inline.text === 'string' && needsFallback(inline.text)) {
      changed = true
      return runs(inline.text, inline)
    }
    return [inline]
  })
  return changed ? out : text
}

function node(value: unknown): unknown {
  if (typeof value === 'string') return needsFallback(value) ? { text: runs(value, {}) } : value
  if (Array.isArray(value)) {
    const out = value.map(node)
    return out.some((item, i) => item !== value[i]) ? out : value
  }
  if (!isRecord(value)) return value
  let copy: Props | undefined
  const set = (key: string, next: unknown) => {
    if (next === value[key]) return
    copy ??= { ...value }
    copy[key] = next
  }
  if ('text' in value) set('text', inlineText(value.text))
  for (const key of CONTAINERS) if (Array.isArray(value[key])) set(key, node(value[key]))
  const table = value.table
  if (isRecord(table) && Array.isArray(table.body)) {
    const body = node(table.body)
    if (body !== table.body) set('table', { ...table, body })
  }
  return copy ?? value
}

function frame(part: DynamicContent | Content | undefined): DynamicContent | Content | undefined {
  if (typeof part === 'function') return (page, pages, size) => node(part(page, pages, size)) as Content
  return part === undefined ? undefined : (node(part) as Content)
}

/**
 * Sets the characters Roboto lacks in the fallback font: every text whose cleaned string
 * needs it becomes runs with a per-run `font`. Bold, size and colour are inherited from the
 * paragraph (or copied from the inline), so the runs keep the styles around them.
 */
export function withFallbackFont(doc: TDocumentDefinitions): TDocumentDefinitions {
  const header = frame(doc.header)
  const footer = frame(doc.footer)
  return {
    ...doc,
    content: node(doc.content) as Content,
    ...(header === undefined ? {} : { header }),
    ...(footer === undefined ? {} : { footer })
  }
}
