import { describe, expect, it } from 'vitest'
import { shareParsedFonts } from '../../../electron/main/handout/shared-fonts'

/** The shape of pdfmake 0.3's PDFDocument as far as font loading goes; parsing is counted. */
let parses = 0
/** Parsed fonts by file; anything not listed parses to a plain object. */
const parsed = new Map<unknown, object>()
class EmbeddedFont {
  layoutCache: Record<string, unknown> = {}
  constructor(readonly document: FakeDocument, readonly font: object, readonly id: string) {}
}
class FakeDocument {
  fontCache: Record<string, Record<string, EmbeddedFont>> = {}
  fonts = { Roboto: { normal: '/fonts/Roboto-Regular.ttf', bold: '/fonts/Roboto-Medium.ttf' } } as Record<string, Record<string, unknown>>
  _fontFamilies: Record<string, EmbeddedFont> = {}
  _fontCount = 0
  getFontType(bold: boolean) {
    return bold ? 'bold' : 'normal'
  }
  provideFont(family: string, bold: boolean): EmbeddedFont {
    parses++
    const file = this.fonts[family]![this.getFontType(bold)]
    const embedded = new EmbeddedFont(this, parsed.get(file) ?? { file }, `F${++this._fontCount}`)
    this._fontFamilies[embedded.id] = embedded
    this.fontCache[family] = { ...this.fontCache[family], [this.getFontType(bold)]: embedded }
    return embedded
  }
}

describe('shareParsedFonts', () => {
  it('parses each font file once per process, and gives each document its own embedding', () => {
    shareParsedFonts(new FakeDocument())
    const first = new FakeDocument()
    const a = first.provideFont('Roboto', false)
    first.provideFont('Roboto', true)
    expect(parses).toBe(2)

    const second = new FakeDocument()
    const b = second.provideFont('Roboto', false)
    const bold = second.provideFont('Roboto', true)
    expect(parses).toBe(2)
    expect(b).not.toBe(a)
    expect(b.font).toBe(a.font)
    expect(b.layoutCache).toBe(a.layoutCache)
    expect(bold.font).not.toBe(b.font)
    expect(Object.values(second._fontFamilies)).toEqual([b, bold])
    expect(second.provideFont('Roboto', false)).toBe(b)
  })

  it('parses again when a family is registered with another file', () => {
    const other = new FakeDocument()
    other.fonts = { Roboto: { normal: '/elsewhere/Other.ttf' } }
    const before = parses
    other.provideFont('Roboto', false)
    expect(parses).toBe(before + 1)
  })

  it('gives a glyph first made without characters (a part of "é") its characters when text asks for it', () => {
    const glyphs = new Map<number, { codePoints: number[] }>()
    const font = {
      getGlyph(id: number, codePoints: number[] = []) {
        if (!glyphs.has(id)) glyphs.set(id, { codePoints })
        return glyphs.get(id)!
      }
    }
    parsed.set('/fonts/Glyphs.ttf', font)
    const doc = new FakeDocument()
    doc.fonts = { Glyphs: { normal: '/fonts/Glyphs.ttf' } }
    doc.provideFont('Glyphs', false)
    expect(font.getGlyph(73).codePoints).toEqual([])
    expect(font.getGlyph(73, [101]).codePoints).toEqual([101])
  })

  it('refuses a document that is not pdfmake 0.3 shaped', () => {
    expect(() => shareParsedFonts({})).toThrow('pdfmake internals changed')
  })
})
