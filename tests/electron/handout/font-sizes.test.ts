import { describe, expect, it } from 'vitest'
import { renderHandoutPdf } from '../../../electron/main/handout'
import type { HandoutOptions } from '../../../shared/handout'
import { library } from '../../../shared/library'
import { detailedA4, sampleClient, samplePlan, sampleSettings } from '../../shared/handout/sample'
import { savePdf, words } from './pdf-tools'

/** Roboto's line box (ascender to descender) in em: poppler's word boxes are this many times the font size. */
const ROBOTO_BOX = 1.171875

const sizesOf = async (options: HandoutOptions) => {
  const { pdf } = await renderHandoutPdf({ plan: samplePlan(), client: sampleClient(), settings: sampleSettings, library, options, today: '2026-03-02' })
  return words(savePdf(pdf)).map((w) => ({ size: Math.round(((w.yMax - w.yMin) / ROBOTO_BOX) * 10) / 10, chars: w.text.length }))
}

/** The size most of the text is set in, weighted by characters. */
function bodySize(sizes: { size: number; chars: number }[]): number {
  const bySize = new Map<number, number>()
  for (const { size, chars } of sizes) bySize.set(size, (bySize.get(size) ?? 0) + chars)
  return [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]![0]
}

describe('handout type sizes, read from the PDF', { timeout: 120_000 }, () => {
  for (const layout of ['detailed', 'compact'] as const) {
    it(`${layout}: nothing under 10 pt and the body at 12 pt or more`, async () => {
      const sizes = await sizesOf({ ...detailedA4, layout })
      expect(Math.min(...sizes.map((s) => s.size))).toBeGreaterThanOrEqual(10)
      expect(bodySize(sizes)).toBeGreaterThanOrEqual(12)
    })

    it(`${layout} large print: nothing under 14 pt and the body at 16 pt or more`, async () => {
      const sizes = await sizesOf({ ...detailedA4, layout, largePrint: true })
      expect(Math.min(...sizes.map((s) => s.size))).toBeGreaterThanOrEqual(14)
      expect(bodySize(sizes)).toBeGreaterThanOrEqual(16)
    })
  }
})
