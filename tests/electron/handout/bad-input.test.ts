import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOGO_MAX_BYTES, loadLogo, renderHandoutPdf, type RenderHandoutInput } from '../../../electron/main/handout'
import { library } from '../../../shared/library'
import { detailedA4, sampleClient, samplePlan, sampleSettings } from '../../shared/handout/sample'
import { bodyText, flat, imageList, pageCount, pdfText, renderPages, savePdf, wordsNearEdge } from './pdf-tools'
import { brokenPng, hugePngHeader, solidPng } from './png'

const dir = mkdtempSync(join(tmpdir(), 'physioplan-logo-'))
const base: RenderHandoutInput = { plan: samplePlan(['cat-cow', 'sphinx']), client: sampleClient(), settings: sampleSettings, library, options: detailedA4, today: '2026-03-02' }

async function readable(input: RenderHandoutInput) {
  const { pdf, warnings } = await renderHandoutPdf(input)
  const path = savePdf(pdf)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  expect(renderPages(path)).toHaveLength(pageCount(path))
  expect(wordsNearEdge(path)).toEqual([])
  return { path, text: flat(pdfText(path)), warnings }
}

describe('handout with hard input', { timeout: 120_000 }, () => {
  it('prints a 5,000-character note in full, across pages, in every layout', async () => {
    const note = Array.from({ length: 100 }, (_, i) => `Sentence ${i + 1} of the note says walk a little more each day.`).join(' ').slice(0, 5000)
    const plan = samplePlan(['cat-cow', 'sphinx', 'pelvic-tilt'])
    plan.items[1]!.patientNote = note
    for (const options of [detailedA4, { ...detailedA4, layout: 'compact' as const }, { ...detailedA4, largePrint: true }]) {
      const { path } = await readable({ ...base, plan, options })
      expect(flat(bodyText(path, 'Zoë Müller-Łukasiewicz · Easing your lower back'))).toContain(flat(note))
      expect(pageCount(path)).toBeGreaterThanOrEqual(3)
    }
  })

  it('prints all 60 exercises of a maximal plan', async () => {
    const ids = library.exerciseList.map((e) => e.id)
    const chosen = Array.from({ length: 60 }, (_, i) => ids[i % ids.length]!)
    const plan = samplePlan(chosen)
    const { path, text } = await readable({ ...base, plan, options: { ...detailedA4, layout: 'compact' } })
    // Names wrap at their hyphens in the narrow compact cards, and pdftotext joins them up without one.
    const unhyphenated = text.replace(/-/g, '')
    for (const id of chosen) expect(unhyphenated).toContain(library.exercises.get(id)!.name.replace(/-/g, ''))
    expect(text.match(/Stop and seek help if…/g)).toHaveLength(1)
    expect(pageCount(path)).toBeLessThanOrEqual(45)
  })

  it('lets a very long stop-and-seek-help list run over pages rather than lose any of it', async () => {
    const seekHelp = Array.from({ length: 60 }, (_, i) => ({ text: `Warning sign number ${i + 1} needs a doctor soon.`, emergency: i % 4 === 0 }))
    const { path } = await readable({ ...base, library: { ...library, seekHelp } })
    const text = flat(bodyText(path, 'Zoë Müller-Łukasiewicz · Easing your lower back'))
    for (const item of seekHelp) expect(text).toContain(item.text)
  })

  it('prints accented names and reports emoji it had to leave out', async () => {
    const client = sampleClient({ givenName: 'Siân 😊', familyName: 'Ó Súilleabháin-Øvergård' })
    const { text, warnings } = await readable({ ...base, client })
    expect(text).toContain('Siân Ó Súilleabháin-Øvergård')
    expect(warnings).toEqual([expect.objectContaining({ code: 'characters-removed', field: 'patient name', characters: ['😊'] })])
  })

  it('prints a good logo', async () => {
    const path = join(dir, 'logo.png')
    writeFileSync(path, solidPng(240, 80))
    const { path: pdf, warnings } = await readable({ ...base, logo: path })
    expect(warnings).toEqual([])
    expect(imageList(pdf)).toHaveLength(1)
  })

  const badLogos: [string, () => string | Uint8Array, RegExp][] = [
    ['a missing file', () => join(dir, 'nope.png'), /could not be found|could not be read/],
    ['a file over 2 MB', () => { const p = join(dir, 'big.png'); writeFileSync(p, Buffer.concat([solidPng(10, 10), Buffer.alloc(LOGO_MAX_BYTES)])); return p }, /larger than 2 MB/],
    ['a GIF', () => Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), /not a PNG or JPEG/],
    ['a huge picture', () => hugePngHeader(20000, 20000), /20000 × 20000 pixels/],
    ['a damaged PNG', () => brokenPng(), /damaged/],
    ['a truncated JPEG', () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), /damaged/]
  ]
  for (const [name, logo, message] of badLogos) {
    it(`makes the handout without ${name} as logo, and says why`, async () => {
      const { path, text, warnings } = await readable({ ...base, logo: logo() })
      expect(text).toContain('Cat-cow')
      expect(imageList(path)).toEqual([])
      expect(warnings).toEqual([expect.objectContaining({ code: 'logo-unusable', field: 'clinic logo', message: expect.stringMatching(message) })])
    })
  }

  it('reads the pixel size of PNG and JPEG logos from their headers', async () => {
    const png = await loadLogo(solidPng(31, 17))
    expect(png.logo).toMatchObject({ width: 31, height: 17, dataUrl: expect.stringMatching(/^data:image\/png;base64,/) })
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 50, 1, 44, 3, 0, 0, 0, 0xff, 0xd9])
    expect((await loadLogo(jpeg)).logo).toMatchObject({ width: 300, height: 50 })
  })
})
