import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { dejavuFiles, robotoFiles } from '../../../electron/main/handout/pdfmake-setup'
import { canPrint, canPrintFallback } from '../../../shared/handout/glyphs'

interface FontkitFont { characterSet: number[] }
/** fontkit as pdfkit itself loads it, to read the fonts exactly as they will be embedded. */
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { openSync(path: string): FontkitFont }

describe('the glyph table in shared/handout/glyphs.ts', () => {
  it('matches what every bundled Roboto style can draw (controls aside)', () => {
    const sets = Object.values(robotoFiles()).map((file) => new Set(fontkit.openSync(file).characterSet))
    const inAll = (cp: number) => sets.every((set) => set.has(cp))
    const mismatches: string[] = []
    for (let cp = 0x20; cp <= 0xffff; cp++) {
      // Surrogates are not characters; private-use glyphs are Roboto's own, never typed text.
      if (cp >= 0xd800 && cp <= 0xf8ff) continue
      // The fonts map a few non-printing code points (BOM, replacement) that we never want printed.
      if ([0xfeff, 0xfffc, 0xfffd, 0xffff].includes(cp)) continue
      if (canPrint(cp) !== inAll(cp)) mismatches.push(`U+${cp.toString(16)}`)
    }
    expect(mismatches).toEqual([])
    expect(canPrint(0x1f600)).toBe(false)
  })

  it('matches what every bundled DejaVu Sans style can draw, up to the last plane it covers', () => {
    const sets = Object.values(dejavuFiles()).map((file) => new Set(fontkit.openSync(file).characterSet))
    const mismatches: string[] = []
    for (let cp = 0x20; cp <= 0x2ffff; cp++) {
      if (canPrintFallback(cp) !== sets.every((set) => set.has(cp))) mismatches.push(`U+${cp.toString(16)}`)
    }
    expect(mismatches).toEqual([])
  })
})
