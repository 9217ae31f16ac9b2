import { describe, expect, it } from 'vitest'
import { renderHandoutPdf, warmUpHandoutRenderer, type RenderHandoutInput } from '../../../electron/main/handout'
import { library } from '../../../shared/library'
import { detailedA4, sampleClient, samplePlan, sampleSettings } from '../../shared/handout/sample'
import { flat, fontNames, pdfText, savePdf, words } from './pdf-tools'

const base: RenderHandoutInput = { plan: samplePlan(['cat-cow', 'pelvic-tilt']), client: sampleClient(), settings: sampleSettings, library, options: detailedA4, today: '2026-03-02' }

function withNote(note: string): RenderHandoutInput['plan'] {
  const plan = samplePlan(['cat-cow', 'pelvic-tilt'], { title: 'Easing your back · ვარჯიშები' })
  plan.items[0]!.patientNote = note
  return plan
}

describe('the fallback font in the PDF', { timeout: 60_000 }, () => {
  // First in the file, so its process has not yet laid out a plain "e" (see keepGlyphText).
  it('keeps every letter searchable in later handouts, after one with accented letters', async () => {
    await warmUpHandoutRenderer()
    await renderHandoutPdf({ ...base, client: sampleClient({ givenName: 'José Ærø', familyName: 'Ŕęśń' }) })
    const text = flat(pdfText(savePdf((await renderHandoutPdf(base)).pdf)))
    expect(text).toContain('Harbour Physiotherapy')
    expect(text).toContain('Your physiotherapist')
  })

  it('prints Armenian, Georgian and symbols Roboto lacks, in DejaVu Sans, bold where bold', async () => {
    const client = sampleClient({ givenName: 'Անի', familyName: 'Պետրոսյան' })
    const { pdf, warnings } = await renderHandoutPdf({ ...base, client, plan: withNote('Breathe in ↑ and out ↓. Tick ✓ when done → then rest.') })
    expect(warnings).toEqual([])
    const path = savePdf(pdf)
    const text = flat(pdfText(path))
    for (const part of ['For Անի Պետրոսյան', 'Easing your back · ვარჯიშები', 'Breathe in ↑ and out ↓. Tick ✓ when done → then rest.']) expect(text).toContain(part)
    expect(fontNames(path)).toEqual(expect.arrayContaining(['Roboto-Regular', 'Roboto-Medium', 'DejaVuSans', 'DejaVuSans-Bold']))
  })

  it('sets the fallback word on the same line as the words around it', async () => {
    const client = sampleClient({ givenName: 'Անի', familyName: 'Müller' })
    const page1 = words(savePdf((await renderHandoutPdf({ ...base, client })).pdf)).filter((w) => w.page === 1)
    const find = (text: string) => page1.find((w) => w.text === text)!
    const [before, fallback, after] = [find('For'), find('Անի'), find('Müller')]
    for (const word of [fallback, after]) {
      expect(Math.abs(word.yMax - before.yMax)).toBeLessThan(1)
      expect(Math.abs(word.yMin - before.yMin)).toBeLessThan(1.5)
    }
    expect(fallback.xMin).toBeGreaterThan(before.xMax)
    expect(after.xMin).toBeGreaterThan(fallback.xMax)
  })

  it('removes a Hebrew name with a warning that right-to-left text is not supported yet, and still warns about emoji', async () => {
    const client = sampleClient({ givenName: 'Dana דנה 😊', familyName: 'Levi' })
    const { pdf, warnings } = await renderHandoutPdf({ ...base, client })
    const path = savePdf(pdf)
    const text = flat(pdfText(path))
    expect(text).toContain('For Dana Levi')
    expect(text).not.toMatch(/[\p{Script=Hebrew}😊]/u)
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'characters-removed', field: 'patient name', characters: ['ד', 'נ', 'ה'], message: expect.stringContaining('Hebrew is written right to left, which the handout does not support yet') }),
      expect.objectContaining({ code: 'characters-removed', field: 'patient name', characters: ['😊'], message: expect.stringContaining('cannot print emoji') })
    ])
    expect(fontNames(path).filter((name) => name.startsWith('DejaVu'))).toEqual([])
  })

  it('leaves DejaVu out of plain Latin handouts', async () => {
    const path = savePdf((await renderHandoutPdf(base)).pdf)
    expect(fontNames(path).sort()).toEqual(['Roboto-Medium', 'Roboto-Regular'])
  })
})
