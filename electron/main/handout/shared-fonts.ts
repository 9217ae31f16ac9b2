import { canQuickEncode, quickEncode, type FontkitSubset } from './quick-subset'

/**
 * pdfmake 0.3 opens and parses every font file again for each document, and fontkit then
 * decodes the OpenType layout tables again on first use: about 20–30 ms per handout before a
 * single line is laid out. These are the few internals we reach, as pdfmake 0.3.11 defines them.
 */
interface EmbeddedFont {
  id: string
  font: object
  layoutCache?: Record<string, unknown>
  subset?: unknown
}
type EmbeddedFontClass = new (document: PdfmakeDocument, font: object, id: string) => EmbeddedFont
interface PdfmakeDocument {
  fontCache: Record<string, Record<string, EmbeddedFont>>
  /** The font files as registered: family → style → path (or bytes). */
  fonts: Record<string, Record<string, unknown>>
  _fontFamilies: Record<string, EmbeddedFont>
  _fontCount: number
  getFontType(bold: boolean, italics: boolean): string
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont
}

interface SharedFont { font: object; layoutCache: Record<string, unknown> | undefined; make: EmbeddedFontClass }

/** Word layouts are reused across documents; a runaway cache is simply started afresh. */
const LAYOUT_CACHE_LIMIT = 50_000
const CHECK_CACHE_EVERY = 200

interface Glyph { codePoints: number[] }
interface GlyphSource { getGlyph(id: number, codePoints?: number[]): Glyph }

const isGlyphSource = (font: object): font is GlyphSource => typeof Reflect.get(font, 'getGlyph') === 'function'

/**
 * fontkit keeps one glyph object per id, with the characters it was first made for. Embedding
 * a subset makes the parts of composite glyphs (the "e" of "é") with none, so in a font shared
 * across documents every later "e" would print without text: unsearchable, uncopyable. A
 * glyph looked up by its characters gets them back.
 */
function keepGlyphText(font: object): void {
  if (!isGlyphSource(font)) return
  const getGlyph = font.getGlyph
  font.getGlyph = function (this: GlyphSource, id, codePoints = []) {
    const glyph = getGlyph.call(this, id, codePoints)
    if (glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints
    return glyph
  }
}

/** fontkit's subset of one document's glyphs: their ids in the order first used, and the font file it makes of them. */
interface Subset { glyphs: number[]; encode(): Uint8Array }
const isSubset = (value: unknown): value is Subset =>
  typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'glyphs')) && typeof Reflect.get(value, 'encode') === 'function'

/** Font files made lately, by font and glyph list: a preview rendered again embeds the same subsets. */
const SUBSETS_KEPT = 24
const subsets = new Map<string, Uint8Array>()

/** Drops the font files kept (tests compare a file made afresh with one reused). */
export function forgetSubsets(): void {
  subsets.clear()
}

/**
 * Encoding a subset (its glyph outlines and tables) is about a tenth of a warm render. The file
 * depends only on the font and the glyph ids in their order, so one made for the same list
 * before is used again; the same bytes also let the stream's compression be reused (quick-deflate).
 * A new one is written from the font's bytes (quick-subset.ts) where fontkit's encoder is not needed.
 */
function reuseSubsets(embedded: EmbeddedFont, fontKey: string): void {
  const subset = embedded.subset
  if (!isSubset(subset)) return
  const encode = subset.encode
  const quick = canQuickEncode(subset as unknown as FontkitSubset)
  subset.encode = function (this: Subset) {
    const key = `${fontKey}|${this.glyphs.join(',')}`
    const known = subsets.get(key)
    if (known) {
      subsets.delete(key)
      subsets.set(key, known)
      return known
    }
    const bytes = quick ? quickEncode(this as unknown as FontkitSubset) : encode.call(this)
    if (subsets.size >= SUBSETS_KEPT) subsets.delete(subsets.keys().next().value!)
    subsets.set(key, bytes)
    return bytes
  }
}

function isPdfmakeDocument(value: object): value is PdfmakeDocument {
  return typeof Reflect.get(value, 'provideFont') === 'function' && typeof Reflect.get(value, 'getFontType') === 'function'
}

/**
 * Makes every later document reuse one parsed font per style (and its word-layout cache),
 * creating only the per-document part (the subset of glyphs to embed). `sample` is any
 * document pdfmake created; its prototype is pdfmake's PDFDocument class.
 */
export function shareParsedFonts(sample: object): void {
  const proto: unknown = Object.getPrototypeOf(sample)
  if (typeof proto !== 'object' || proto === null || !isPdfmakeDocument(proto) || !('fontCache' in sample) || !('_fontFamilies' in sample)) {
    throw new Error('pdfmake internals changed: cannot share parsed fonts (expected pdfmake 0.3.11)')
  }
  if (Object.prototype.hasOwnProperty.call(proto, '__sharesFonts')) return
  const original = proto.provideFont
  const shared = new Map<string, SharedFont>()
  let uses = 0
  proto.provideFont = function provideFont(this: PdfmakeDocument, family, bold, italics) {
    const type = this.getFontType(bold, italics)
    const existing = this.fontCache[family]?.[type]
    if (existing) return existing
    // Keyed by the file too, so registering other files under the same name is honoured.
    const file = this.fonts[family]?.[type]
    if (typeof file !== 'string') return original.call(this, family, bold, italics)
    const key = `${family}/${type}/${file}`
    const known = shared.get(key)
    if (!known) {
      const embedded = original.call(this, family, bold, italics)
      keepGlyphText(embedded.font)
      shared.set(key, { font: embedded.font, layoutCache: embedded.layoutCache, make: embedded.constructor as EmbeddedFontClass })
      reuseSubsets(embedded, key)
      return embedded
    }
    if (++uses % CHECK_CACHE_EVERY === 0 && known.layoutCache && Object.keys(known.layoutCache).length > LAYOUT_CACHE_LIMIT) {
      known.layoutCache = Object.create(null) as Record<string, unknown>
    }
    const embedded = new known.make(this, known.font, `F${++this._fontCount}`)
    if (known.layoutCache) embedded.layoutCache = known.layoutCache
    reuseSubsets(embedded, key)
    // pdfkit embeds the fonts it finds here when the document ends.
    this._fontFamilies[embedded.id] = embedded
    this.fontCache[family] = { ...this.fontCache[family], [type]: embedded }
    return embedded
  }
  Object.defineProperty(proto, '__sharesFonts', { value: true })
}
