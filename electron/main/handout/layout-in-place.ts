/**
 * pdfkit lays a text out word by word, each word's run from its cache, and joins the runs with
 * `glyphs = glyphs.concat(run.glyphs)` (and the same for the positions): a new pair of arrays
 * for every word, so a line of n words copies some n²/2 entries and leaves them as garbage. Here
 * the runs are appended in place: the same glyphs and positions, in the same order. Only the
 * default path (no OpenType features asked for) is replaced. The internals reached, as pdfkit
 * 0.19 defines them: EmbeddedFont.prototype.layout(text, features, onlyWidth) and
 * .layoutCached(word) returning a run's `glyphs`, `positions` and `advanceWidth`.
 */
interface Run { glyphs: unknown[]; positions: unknown[]; advanceWidth: number }
interface EmbeddedFont {
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: unknown[] | null; positions: unknown[] | null; advanceWidth: number }
  layoutCached(word: string): Run
}

/** `sample` is any document pdfmake made: its current font is an EmbeddedFont. */
export function layOutWordsInPlace(sample: object): void {
  const font: unknown = Reflect.get(sample, '_font')
  const proto: unknown = typeof font === 'object' && font !== null ? Object.getPrototypeOf(font) : null
  if (typeof proto !== 'object' || proto === null || typeof Reflect.get(proto, 'layout') !== 'function' || typeof Reflect.get(proto, 'layoutCached') !== 'function') {
    throw new Error('pdfkit internals changed: no EmbeddedFont.layout (expected pdfkit 0.19)')
  }
  if (Object.prototype.hasOwnProperty.call(proto, '__laysOutInPlace')) return
  const fonts = proto as EmbeddedFont
  const layout = fonts.layout
  fonts.layout = function (this: EmbeddedFont, text, features, onlyWidth) {
    if (features) return layout.call(this, text, features, onlyWidth)
    const glyphs: unknown[] | null = onlyWidth ? null : []
    const positions: unknown[] | null = onlyWidth ? null : []
    let advanceWidth = 0
    let last = 0
    let index = 0
    // pdfkit's own loop: a word ends after each space or tab, and at the end of the text.
    while (index <= text.length) {
      const char = text.charAt(index)
      if ((index === text.length && last < index) || char === ' ' || char === '\t') {
        const run = this.layoutCached(text.slice(last, ++index))
        if (glyphs && positions) {
          for (const glyph of run.glyphs) glyphs.push(glyph)
          for (const position of run.positions) positions.push(position)
        }
        advanceWidth += run.advanceWidth
        last = index
      } else {
        index++
      }
    }
    return { glyphs, positions, advanceWidth }
  }
  Object.defineProperty(proto, '__laysOutInPlace', { value: true })
}
