import { describe, expect, it } from 'vitest'
import { pdfmakeReady } from '../../../electron/main/handout/pdfmake-setup'

interface Run { glyphs: { id: number }[]; positions: object[]; advanceWidth: number }
interface Font {
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: Run['glyphs'] | null; positions: object[] | null; advanceWidth: number }
  layoutCached(word: string): Run
}

/** pdfkit 0.19's own EmbeddedFont.layout, copying the arrays for every word. */
function pdfkitLayout(font: Font, text: string): Run {
  let glyphs: Run['glyphs'] = []
  let positions: object[] = []
  let advanceWidth = 0
  let last = 0
  let index = 0
  while (index <= text.length) {
    if ((index === text.length && last < index) || [' ', '\t'].includes(text.charAt(index))) {
      const run = font.layoutCached(text.slice(last, ++index))
      glyphs = glyphs.concat(run.glyphs)
      positions = positions.concat(run.positions)
      advanceWidth += run.advanceWidth
      last = index
    } else {
      index++
    }
  }
  return { glyphs, positions, advanceWidth }
}

describe('words laid out in place', { timeout: 60_000 }, () => {
  it('give the glyphs, positions and width pdfkit gives, for every kind of spacing', async () => {
    const pdfmake = await pdfmakeReady()
    const doc = await pdfmake.createPdf({ content: '' }).getStream()
    const font = Reflect.get(doc, '_font') as Font
    const texts = ['Lie on your back with both knees bent.', '  two leading', 'trailing  ', 'tab\tseparated\t', 'x', '', 'Zoë Müller-Łukasiewicz · 0117 496 0321', 'ffi fl office']
    for (const text of texts) {
      const expected = pdfkitLayout(font, text)
      const actual = font.layout(text)
      expect(actual.glyphs?.map((g) => g.id), text).toEqual(expected.glyphs.map((g) => g.id))
      expect(actual.positions, text).toEqual(expected.positions)
      expect(actual.advanceWidth, text).toBe(expected.advanceWidth)
      expect(font.layout(text, undefined, true), text).toEqual({ glyphs: null, positions: null, advanceWidth: expected.advanceWidth })
    }
    expect(font.layout('Lie on your back').glyphs!.length).toBeGreaterThan(10)
    doc.end()
  })
})
