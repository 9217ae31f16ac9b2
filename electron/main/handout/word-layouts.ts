/**
 * Word shaping prepared at build time. pdfkit lays text out word by word (EmbeddedFont.layoutRun,
 * cached per document and font): fontkit maps the characters to glyphs, then runs the font's
 * substitution and positioning tables (ligatures, kerning). In a fresh process that is the
 * costliest part of a handout: the tables are decoded and the shaping code runs cold. The CLI
 * bundle carries the shaping of the words the shipped library prints, recorded from real
 * handouts when it is built (scripts/build-cli.mjs, a JSON file beside the bundle), and builds the same glyph runs from it;
 * any other word (a name, a note) is shaped as before. The internals reached, as pdfkit 0.17 and
 * fontkit 2 define them: EmbeddedFont.prototype.layoutRun(text, features), an embedded font's
 * `font` (fontkit), `name`, `scale`, and fontkit's `getGlyph(id, codePoints)` and GlyphRun fields.
 */

/**
 * One word in font units: glyph ids, their advances, then (0 when they follow from the rest)
 * the advances after kerning, the glyph of each character before substitution, each glyph's
 * characters, and [yAdvance, xOffset, yOffset] per glyph.
 */
export type PreparedWord = [
  ids: number[], advances: number[], xAdvances?: number[] | 0, charGlyphs?: number[] | 0,
  codePoints?: number[][] | 0, offsets?: [number, number, number][] | 0
]
/** Font key (see fontKey) → word → its shaping. */
export type PreparedWordLayouts = Record<string, Record<string, PreparedWord>>

interface Glyph { id: number; codePoints: number[]; advanceWidth: number }
interface Position { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }
interface Run { glyphs: Glyph[]; positions: Position[]; readonly advanceWidth: number }
interface FontkitFont { getGlyph(id: number, codePoints?: number[]): Glyph; head?: { checkSumAdjustment?: number } }
interface EmbeddedFont { font: FontkitFont; name: string; scale: number }
type LayoutRun = (this: EmbeddedFont, text: string, features?: unknown) => Run
interface EmbeddedFontProto { layoutRun: LayoutRun }

/** The font's name and checksum: a table made for other font files is never used. */
export const fontKey = (font: EmbeddedFont): string => `${font.name}/${font.font.head?.checkSumAdjustment ?? ''}`

/** Words fontkit reads as surrogate pairs or variation sequences are left to fontkit. */
function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 0xd800 && code <= 0xdfff) || (code >= 0xfe00 && code <= 0xfe0f)) return false
  }
  return true
}

function codePointsOf(text: string): number[] {
  const points: number[] = []
  for (let i = 0; i < text.length; i++) points.push(text.charCodeAt(i))
  return points
}

function embeddedFontProto(sample: object): EmbeddedFontProto {
  const font: unknown = Reflect.get(sample, '_font')
  const proto: unknown = typeof font === 'object' && font !== null ? Object.getPrototypeOf(font) : null
  if (typeof proto !== 'object' || proto === null || typeof Reflect.get(proto, 'layoutRun') !== 'function') {
    throw new Error('pdfkit internals changed: no EmbeddedFont.layoutRun (expected pdfkit 0.17)')
  }
  return proto as EmbeddedFontProto
}

/** A glyph run as fontkit and then pdfkit's layoutRun make it: positions scaled, `advanceWidth` their sum. */
function runOf(embedded: EmbeddedFont, text: string, word: PreparedWord): Run {
  const [ids, advances, xAdvances, charGlyphs, codePoints, offsets] = word
  const { font, scale } = embedded
  const points = codePointsOf(text)
  // fontkit first makes a glyph for each character, then the run's glyphs after substitution.
  const before = charGlyphs || ids
  for (let i = 0; i < points.length; i++) font.getGlyph(before[i]!, [points[i]!])
  const glyphs: Glyph[] = []
  const positions: Position[] = []
  for (let i = 0; i < ids.length; i++) {
    glyphs.push(font.getGlyph(ids[i]!, codePoints ? codePoints[i]! : [points[i]!]))
    const [yAdvance, xOffset, yOffset] = offsets ? offsets[i]! : [0, 0, 0]
    positions.push({
      xAdvance: (xAdvances ? xAdvances[i]! : advances[i]!) * scale,
      yAdvance: yAdvance * scale,
      xOffset: xOffset * scale,
      yOffset: yOffset * scale,
      advanceWidth: advances[i]! * scale
    })
  }
  return {
    glyphs, positions,
    get advanceWidth() {
      let width = 0
      for (const position of positions) width += position.xAdvance
      return width
    }
  }
}

/**
 * Makes pdfkit build the runs of prepared words from the table `load` returns (read on the first
 * word; none, or a table for other fonts, leaves every word to fontkit). `sample` is any pdfmake document.
 */
export function usePreparedWordLayouts(sample: object, load: () => PreparedWordLayouts | undefined): void {
  const proto = embeddedFontProto(sample)
  const shape = proto.layoutRun
  let table: PreparedWordLayouts | undefined | null = null
  const byFont = new WeakMap<EmbeddedFont, Record<string, PreparedWord> | undefined>()
  const wordsFor = (font: EmbeddedFont) => {
    if (!byFont.has(font)) {
      if (table === null) table = load()
      byFont.set(font, table?.[fontKey(font)])
    }
    return byFont.get(font)
  }
  proto.layoutRun = function layoutRun(text, features) {
    const word = features === undefined ? wordsFor(this)?.[text] : undefined
    return word ? runOf(this, text, word) : shape.call(this, text, features)
  }
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((value, i) => value === b[i])

/** One run back in font units, or undefined when it cannot be stored exactly. */
function preparedWordOf(embedded: EmbeddedFont, text: string, run: Run, charGlyphs: number[]): PreparedWord | undefined {
  const unscale = (value: number) => value / embedded.scale
  const ids = run.glyphs.map((glyph) => glyph.id)
  const advances = run.positions.map((p) => unscale(p.advanceWidth))
  const xAdvances = run.positions.map((p) => unscale(p.xAdvance))
  const offsets = run.positions.map((p): [number, number, number] => [unscale(p.yAdvance), unscale(p.xOffset), unscale(p.yOffset)])
  if (![...advances, ...xAdvances, ...offsets.flat()].every(Number.isInteger)) return undefined
  const points = codePointsOf(text)
  const codePoints = run.glyphs.map((glyph) => [...glyph.codePoints])
  const plainCodePoints = ids.length === points.length && codePoints.every((cps, i) => cps.length === 1 && cps[0] === points[i])
  const word: PreparedWord = [
    ids, advances,
    same(xAdvances, advances) ? 0 : xAdvances,
    same(charGlyphs, ids) ? 0 : charGlyphs,
    plainCodePoints ? 0 : codePoints,
    offsets.every((o) => o.every((v) => v === 0)) ? 0 : offsets
  ]
  while (word.length > 2 && word[word.length - 1] === 0) word.pop()
  return word
}

/**
 * For the build: records the words pdfkit shapes from now on (without features, in plain text),
 * in the form usePreparedWordLayouts reads. `sample` is any pdfmake document.
 */
export function recordWordLayouts(sample: object): () => PreparedWordLayouts {
  const proto = embeddedFontProto(sample)
  const shape = proto.layoutRun
  const recorded = new Map<string, Map<string, PreparedWord>>()
  proto.layoutRun = function layoutRun(text, features) {
    const charGlyphs: number[] = []
    const getGlyph = this.font.getGlyph
    let firstPass = true
    // The glyphs fontkit makes per character come first, one per character, before substitution.
    this.font.getGlyph = function (id, codePoints) {
      if (firstPass && charGlyphs.length < text.length) charGlyphs.push(id)
      return getGlyph.call(this, id, codePoints)
    }
    let run: Run
    try {
      run = shape.call(this, text, features)
    } finally {
      firstPass = false
      this.font.getGlyph = getGlyph
    }
    if (features === undefined && isPlainText(text) && charGlyphs.length === text.length) {
      const word = preparedWordOf(this, text, run, charGlyphs)
      const key = fontKey(this)
      if (word) recorded.set(key, (recorded.get(key) ?? new Map<string, PreparedWord>()).set(text, word))
    }
    return run
  }
  return () => Object.fromEntries([...recorded].map(([key, words]) => [key, Object.fromEntries(words)]))
}
