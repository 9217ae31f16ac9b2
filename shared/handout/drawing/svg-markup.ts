/** A parsed SVG element: just enough structure to turn our own drawings into PDF vectors. */
export interface SvgElement {
  name: string
  attrs: Record<string, string>
  children: SvgElement[]
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y
const ATTR = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const SKIPPABLE = /\s+|<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/y

function decodeEntities(value: string): string | null {
  if (!value.includes('&')) return value
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  let ok = true
  const decoded = value.replace(/&(#x?[0-9a-fA-F]+|\w+);/g, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16))
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10))
    const char = named[ref]
    if (char === undefined) ok = false
    return char ?? ''
  })
  return ok ? decoded : null
}

function parseAttrs(source: string): Record<string, string> | null {
  const attrs: Record<string, string> = {}
  for (const match of source.matchAll(ATTR)) {
    const value = decodeEntities(match[2] ?? match[3] ?? '')
    if (value === null) return null
    attrs[match[1]!] = value
  }
  return attrs
}

/**
 * Parses well-formed SVG markup without text content (which our drawings never have).
 * Returns null for anything it does not understand, so the caller can fall back.
 */
export function parseSvgMarkup(markup: string): SvgElement | null {
  const root: SvgElement = { name: '#root', attrs: {}, children: [] }
  const stack: SvgElement[] = [root]
  let at = 0
  while (at < markup.length) {
    SKIPPABLE.lastIndex = at
    const skipped = SKIPPABLE.exec(markup)
    if (skipped && skipped[0].length > 0) {
      at += skipped[0].length
      continue
    }
    TAG.lastIndex = at
    const tag = TAG.exec(markup)
    if (!tag) return null
    at = TAG.lastIndex
    const [, closing, name, attrSource, selfClosing] = tag as unknown as [string, string, string, string, string]
    const parent = stack[stack.length - 1]!
    if (closing) {
      if (parent.name !== name || stack.length === 1) return null
      stack.pop()
      continue
    }
    const attrs = parseAttrs(attrSource)
    if (!attrs) return null
    const element: SvgElement = { name, attrs, children: [] }
    parent.children.push(element)
    if (!selfClosing) stack.push(element)
  }
  if (stack.length !== 1 || root.children.length !== 1) return null
  const svg = root.children[0]!
  return svg.name === 'svg' ? svg : null
}
