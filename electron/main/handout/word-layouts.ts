/**
 * Word shaping prepared at build time. pdfkit lays text out word by word (EmbeddedFont.layoutRun,
 * cached per document and font): fontkit maps the characters to glyphs, then runs the font's
 * substitution and positioning tables (ligatures, kerning). In a fresh process that is the
 * costliest part of a handout: the tables are decoded and the shaping code runs cold. The CLI
 * bundle carries the shaping of the words the shipped library prints, recorded from real
 * handouts when it is built (scripts/build-cli.mjs, a JSON file beside the bundle), and builds the same glyph runs from it;
 * any other word (a name, a note) is shaped as before. The internals reached, as pdfkit 0.19 and
 * fontkit 2 define them: EmbeddedFont.prototype.layoutRun(text, features), an embedded font's
 * `font` (fontkit), `name`, `scale`, and fontkit's `getGlyph(id, codePoints)` and GlyphRun fields.
 */

/**
 * One word in font units, as text: sections split by "|", numbers by ",": the glyph ids, then
 * (empty when they follow from the rest) each glyph's kerning (advance after positioning less the
 * glyph's own), the glyph of each character before substitution, each glyph's characters
 * ("102.105" for an fi ligature), and yAdvance.xOffset.yOffset per glyph. Text, not arrays: the
 * table is read in one go, and only the words a handout prints are decoded.
 */
export type PreparedWord = string
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
    throw new Error('pdfkit internals changed: no EmbeddedFont.layoutRun (expected pdfkit 0.19)')
  }
  return proto as EmbeddedFontProto
}

const numbers = (section: string | undefined) => (section ? section.split(',').map(Number) : undefined)

/** A glyph run as fontkit and then pdfkit's layoutRun make it: positions scaled, `advanceWidth` their sum. */
function runOf(embedded: EmbeddedFont, text: string, word: PreparedWord): Run {
  const sections = word.split('|')
  const ids = numbers(sections[0])!
  const kerns = numbers(sections[1])
  const charGlyphs = numbers(sections[2])
  const codePoints = sections[3] ? sections[3].split(',').map((glyph) => glyph.split('.').map(Number)) : undefined
  const offsets = sections[4] ? sections[4].split(',').map((glyph) => glyph.split('.').map(Number)) : undefined
  const { font, scale } = embedded
  const points = codePointsOf(text)
  // fontkit first makes a glyph for each character, then the run's glyphs after substitution.
  const before = charGlyphs ?? ids
  for (let i = 0; i < points.length; i++) font.getGlyph(before[i]!, [points[i]!])
  const glyphs: Glyph[] = []
  const positions: Position[] = []
  for (let i = 0; i < ids.length; i++) {
    const glyph = font.getGlyph(ids[i]!, codePoints ? codePoints[i]! : [points[i]!])
    const advance = glyph.advanceWidth
    const [yAdvance, xOffset, yOffset] = offsets ? offsets[i]! : [0, 0, 0]
    glyphs.push(glyph)
    positions.push({
      xAdvance: (advance + (kerns ? kerns[i]! : 0)) * scale,
      yAdvance: yAdvance! * scale,
      xOffset: xOffset! * scale,
      yOffset: yOffset! * scale,
      advanceWidth: advance * scale
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
  const kerns = run.positions.map((p, i) => unscale(p.xAdvance) - run.glyphs[i]!.advanceWidth)
  const offsets = run.positions.map((p) => [unscale(p.yAdvance), unscale(p.xOffset), unscale(p.yOffset)])
  const exact = run.positions.every((p, i) => p.advanceWidth === run.glyphs[i]!.advanceWidth * embedded.scale)
  if (!exact || ![...kerns, ...offsets.flat()].every(Number.isInteger)) return undefined
  const points = codePointsOf(text)
  const codePoints = run.glyphs.map((glyph) => [...glyph.codePoints])
  if (codePoints.some((cps) => cps.length === 0)) return undefined
  const plainCodePoints = ids.length === points.length && codePoints.every((cps, i) => cps.length === 1 && cps[0] === points[i])
  const sections = [
    ids.join(','),
    kerns.every((k) => k === 0) ? '' : kerns.join(','),
    same(charGlyphs, ids) ? '' : charGlyphs.join(','),
    plainCodePoints ? '' : codePoints.map((cps) => cps.join('.')).join(','),
    offsets.every((o) => o.every((v) => v === 0)) ? '' : offsets.map((o) => o.join('.')).join(',')
  ]
  while (sections.length > 1 && sections[sections.length - 1] === '') sections.pop()
  return sections.join('|')
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
