import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { dejavuFiles, robotoFiles } from '../../../electron/main/handout/pdfmake-setup'
import { canQuickEncode, quickEncode, type FontkitSubset } from '../../../electron/main/handout/quick-subset'

interface Font { numGlyphs: number; createSubset(): FontkitSubset & { encode(): Uint8Array }; layout(text: string): { glyphs: { id: number }[] } }
/** fontkit as pdfkit itself loads it. */
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { openSync(file: string): Font }
const open = (file: string) => fontkit.openSync(file)

/** Two subsets of the same glyphs, in the same order: one for fontkit to encode, one for quickEncode. */
function subsets(font: Font, ids: number[]) {
  const theirs = font.createSubset()
  const ours = font.createSubset()
  for (const id of ids) {
    theirs.includeGlyph(id)
    ours.includeGlyph(id)
  }
  return { theirs, ours }
}

/** A fixed spread of glyph ids over the whole font (simple, empty and composite glyphs alike). */
function spread(count: number, take: number): number[] {
  let seed = 17
  const ids = new Set<number>()
  while (ids.size < Math.min(take, count)) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    ids.add(seed % count)
  }
  return [...ids]
}

const texts = ['Hello world', 'Café, façade, naïve: Åse Ørsted, Łódź, Ŵ', 'Lie on your back — knees bent “gently” 10×', 'ﬁt ﬂoor ǅ ŉ Ǿ']
const fonts = [...Object.values(robotoFiles()), ...Object.values(dejavuFiles())]

describe('embedded font files written from the font bytes', { timeout: 60_000 }, () => {
  it.each(fonts.map((file) => [file.split('/').pop()!, file]))('are byte for byte fontkit\'s for %s', (_name, file) => {
    const font = open(file)
    const cases = [...texts.map((text) => font.layout(text).glyphs.map((glyph) => glyph.id)), spread(font.numGlyphs, 300)]
    for (const ids of cases) {
      const { theirs, ours } = subsets(font, ids)
      expect(canQuickEncode(ours)).toBe(true)
      const quick = Buffer.from(quickEncode(ours))
      expect(quick.equals(Buffer.from(theirs.encode()))).toBe(true)
      // Composite glyphs pulled their parts in, as fontkit's did.
      expect(ours.glyphs).toEqual(theirs.glyphs)
    }
  })

  it('leave the font file itself unchanged when they renumber composite parts', () => {
    const font = open(robotoFiles().normal)
    const before = Buffer.from((font as unknown as FontkitSubset['font']).stream.buffer)
    const { ours } = subsets(font, font.layout('é Å ǅ').glyphs.map((glyph) => glyph.id))
    quickEncode(ours)
    expect(ours.glyphs.length).toBeGreaterThan(4)
    expect(Buffer.from((font as unknown as FontkitSubset['font']).stream.buffer).equals(before)).toBe(true)
  })
})
