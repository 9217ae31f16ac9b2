import { rendererPrototype } from './renderer-prototype'

/**
 * pdfmake writes every word of a line as its own text object, with its own colour, opacity and
 * font settings (its Renderer.renderLine carries the TODO "lines without differently styled
 * inlines should be written to pdf as one stream"): about a quarter of a handout's render time,
 * and a content stream several times longer than needed. Here the words of a line that sit side
 * by side in the same style are written as one text: the same glyphs at the same places (pdfkit
 * lays a text out word by word either way), in a fraction of the operations. The internals
 * reached, as pdfmake 0.3.11 defines them: Renderer.prototype.renderLine(line, x, y), a line's
 * `inlines`, each with `text`, `x` and `width`.
 */
interface Inline {
  text: string
  x: number
  width: number
  trailingCut?: number
  [style: string]: unknown
}
interface Line { inlines: Inline[]; _pageNodeRef?: unknown }
type RenderLine = (this: unknown, line: Line, x: number, y: number) => void

/** What must be equal for two words to be written as one. */
const SAME = ['font', 'fontSize', 'color', 'opacity', 'height'] as const
/** A word with any of these is written on its own, as pdfmake writes it (letter spacing would also space the joins). */
const ALONE = ['characterSpacing', 'link', 'linkToPage', 'linkToDestination', 'decoration', 'background', 'sup', 'sub', 'fontFeatures', '_pageNodeRef'] as const

function joinable(a: Inline, b: Inline): boolean {
  if (Math.abs(a.x + a.width - b.x) >= 0.001) return false
  for (const key of SAME) if (a[key] !== b[key]) return false
  for (const key of ALONE) if (a[key] || b[key]) return false
  return true
}

export function mergedInlines(inlines: Inline[]): Inline[] {
  const merged: Inline[] = []
  // The line's own words are never changed: a join is made on a copy, which takes the next words.
  let copy: Inline | null = null
  let last: Inline | undefined
  for (const inline of inlines) {
    if (last && joinable(last, inline)) {
      if (last !== copy) {
        copy = { ...last }
        merged[merged.length - 1] = copy
      }
      copy.text += inline.text
      copy.width += inline.width
      copy.trailingCut = inline.trailingCut
      last = copy
    } else {
      merged.push(inline)
      last = inline
    }
  }
  return merged
}

/** `rendererModule` is pdfmake's js/Renderer.js as imported (its class is the default export). */
export function mergeInlinesWhenRendering(rendererModule: unknown): void {
  const proto = rendererPrototype(rendererModule, 'renderLine', 'merge the words of a line') as unknown as { renderLine: RenderLine }
  if (Object.prototype.hasOwnProperty.call(proto, '__mergesInlines')) return
  const renderLine = proto.renderLine
  proto.renderLine = function (this: unknown, line: Line, x: number, y: number) {
    if (line.inlines.length < 2 || line._pageNodeRef) return renderLine.call(this, line, x, y)
    // A view of the line with its words joined; the line itself (kept by the layout) is left as it is.
    const joined: Line = Object.create(line) as Line
    joined.inlines = mergedInlines(line.inlines)
    return renderLine.call(this, joined, x, y)
  }
  Object.defineProperty(proto, '__mergesInlines', { value: true })
}
