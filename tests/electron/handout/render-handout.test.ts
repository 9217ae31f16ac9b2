import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { renderHandoutPdf, type RenderHandoutInput } from '../../../electron/main/handout'
import { describeDose } from '../../../shared/dose'
import type { HandoutOptions } from '../../../shared/handout'
import { library } from '../../../shared/library'
import { detailedA4, sampleClient, samplePlan, sampleSettings } from '../../shared/handout/sample'
import { countColour, flat, pageCount, pdfText, renderPages, savePdf, wordsNearEdge } from './pdf-tools'

const FIGURE_FILL = '#dcebee'
const base: RenderHandoutInput = { plan: samplePlan(), client: sampleClient(), settings: sampleSettings, library, options: detailedA4, today: '2026-03-02' }

const layouts: Record<string, HandoutOptions> = {
  'detailed A4': detailedA4,
  'compact A4': { ...detailedA4, layout: 'compact' },
  'large print': { ...detailedA4, largePrint: true },
  'compact Letter without steps': { paper: 'Letter', layout: 'compact', largePrint: false, showSteps: false }
}

describe('renderHandoutPdf', { timeout: 60_000 }, () => {
  for (const [name, options] of Object.entries(layouts)) {
    it(`${name}: a PDF a patient can read, with every exercise, its dose and the help box`, async () => {
      const { pdf, warnings } = await renderHandoutPdf({ ...base, options })
      expect(warnings).toEqual([])
      const path = savePdf(pdf)
      const text = flat(pdfText(path))
      expect(text).toContain('Zoë Müller-Łukasiewicz')
      expect(text).toContain('Harbour Physiotherapy')
      for (const item of base.plan.items) {
        expect(text).toContain(library.exercises.get(item.exerciseId)!.name)
        expect(text).toContain(describeDose(item.dosage))
      }
      expect(text).toContain('Stop and seek help if…')
      expect(text).toContain('Your chart')
      const pages = pageCount(path)
      expect(pages).toBeGreaterThanOrEqual(2)
      expect(pages).toBeLessThanOrEqual(options.largePrint ? 18 : 10)
      expect(text).toContain(`Page ${pages} of ${pages}`)
      expect(wordsNearEdge(path)).toEqual([])
      const rendered = renderPages(path)
      expect(rendered).toHaveLength(pages)
      // Every drawing is vector art: its light figure fill shows on the rendered pages.
      const figurePixels = rendered.map((page) => countColour(page, FIGURE_FILL))
      expect(figurePixels.filter((n) => n > 20).length).toBeGreaterThanOrEqual(Math.min(pages - 2, 3))
    })
  }

  it('prints the paper size asked for', async () => {
    const a4 = renderPages(savePdf((await renderHandoutPdf(base)).pdf))[0]!
    const letter = renderPages(savePdf((await renderHandoutPdf({ ...base, options: layouts['compact Letter without steps']! })).pdf))[0]!
    expect(a4.height / a4.width).toBeCloseTo(841.89 / 595.28, 1)
    expect(letter.height / letter.width).toBeCloseTo(792 / 612, 1)
  })

  it('tells assistive tools the language and title: a tagged PDF 1.7 in British English', async () => {
    const { pdf } = await renderHandoutPdf(base)
    const info = execFileSync('pdfinfo', [savePdf(pdf)], { encoding: 'utf8' })
    expect(info).toMatch(/^PDF version:\s+1\.7$/m)
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    expect(info).toMatch(/^Title:\s+Easing your lower back for Zoë Müller-Łukasiewicz$/m)
    const raw = pdf.toString('latin1')
    expect(raw).toContain('/Lang (en-GB)')
    expect(raw).toContain('/DisplayDocTitle true')
  })

  it('leaves the steps out when asked', async () => {
    const text = flat(pdfText(savePdf((await renderHandoutPdf({ ...base, options: { ...detailedA4, showSteps: false } })).pdf)))
    expect(text).not.toContain(library.exercises.get('cat-cow')!.steps[0]!)
    expect(text).toContain('Cat-cow')
  })
})
