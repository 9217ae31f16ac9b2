import { describe, expect, it } from 'vitest'
import { pdfmakeReady, renderHandoutPdf } from '../../../electron/main/handout'
import { fontKey, recordWordLayouts, usePreparedWordLayouts, type PreparedWordLayouts } from '../../../electron/main/handout/word-layouts'
import type { Plan } from '../../../shared/domain'
import { library } from '../../../shared/library'

interface Run { glyphs: { id: number; codePoints: number[] }[]; positions: object[]; advanceWidth: number }
interface Font { name: string; font: object; scale: number; layoutRun(text: string, features?: unknown): Run }

const stamp = '2026-03-02T09:00:00Z'
// Ligatures (fi, fl), kerning (Yo, Te), accents and a word fontkit is left to (no prepared entry).
const plan: Plan = {
  id: 'words', schemaVersion: 1, clientId: null, title: 'Flexible fitness: Yoga for Teresa', goals: ['Café stairs, first floor'],
  items: library.exerciseList.slice(0, 3).map((e, i) => ({
    id: `item-${i}`, exerciseId: e.id, clinicianNote: '', acknowledgedWarnings: [], dosage: e.defaultDose,
    patientNote: i === 0 ? 'Find the flat floor; Zoë office ﬁne' : ''
  })),
  status: 'active', createdAt: stamp, updatedAt: stamp
}

const plainRun = (run: Run) => ({ glyphs: run.glyphs.map((g) => ({ id: g.id, codePoints: [...g.codePoints] })), positions: run.positions.map((p) => ({ ...p })), advanceWidth: run.advanceWidth })

describe('prepared word layouts', () => {
  it('build each recorded word\'s glyph run exactly as fontkit shapes it, in every face a handout prints, and leave other words to fontkit', async () => {
    const pdfmake = await pdfmakeReady()
    const sample = await pdfmake.createPdf({ content: '' }).getStream()
    const recorded = recordWordLayouts(sample)
    // Fonts are shared across documents; the document whose fonts are read is made last.
    await renderHandoutPdf({ plan, library, today: '2026-03-02', options: { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true } })
    const table: PreparedWordLayouts = recorded()
    const doc = await pdfmake.createPdf({ content: [{ text: 'a' }, { text: 'b', bold: true }] }).getStream()
    const fonts = [false, true].map((bold) => (doc as unknown as { provideFont(f: string, b: boolean, i: boolean): Font }).provideFont('Roboto', bold, false))
    expect(fonts.map((font) => fontKey(font as never)).sort()).toEqual(Object.keys(table).sort())

    const proto = Object.getPrototypeOf(fonts[0]) as Font
    const shape = proto.layoutRun
    let loads = 0
    usePreparedWordLayouts(sample, () => (loads++, table))
    const prepared = proto.layoutRun
    try {
      let ligatures = 0
      for (const font of fonts) {
        const words = table[fontKey(font as never)]!
        expect(Object.keys(words)).toEqual(expect.arrayContaining(['Flexible ', 'fitness: ']))
        for (const text of Object.keys(words)) {
          const live = shape.call(font, text)
          if (live.glyphs.length < text.length) ligatures++
          expect(plainRun(prepared.call(font, text)), `${font.name} "${text}"`).toEqual(plainRun(live))
        }
        // Not in the table: shaped by fontkit.
        expect(plainRun(prepared.call(font, 'Unrecorded '))).toEqual(plainRun(shape.call(font, 'Unrecorded ')))
      }
      expect(ligatures).toBeGreaterThan(0)
      expect(loads).toBe(1)
    } finally {
      proto.layoutRun = shape
    }
  }, 60_000)

  it('leave every word to fontkit when the table is missing or made for other fonts', async () => {
    const pdfmake = await pdfmakeReady()
    const sample = await pdfmake.createPdf({ content: '' }).getStream()
    const font = (sample as unknown as { _font: Font })._font
    const proto = Object.getPrototypeOf(font) as Font
    const shape = proto.layoutRun
    try {
      usePreparedWordLayouts(sample, () => ({ 'Roboto-Regular/0': { 'Hold ': '1' } }))
      expect(plainRun(proto.layoutRun.call(font, 'Hold '))).toEqual(plainRun(shape.call(font, 'Hold ')))
      proto.layoutRun = shape
      usePreparedWordLayouts(sample, () => undefined)
      expect(plainRun(proto.layoutRun.call(font, 'Hold '))).toEqual(plainRun(shape.call(font, 'Hold ')))
    } finally {
      proto.layoutRun = shape
    }
  })
})
