import type { Content, DynamicContent } from 'pdfmake/interfaces'
import { typeScale } from '../../../shared/handout/theme'
import { describe, expect, it } from 'vitest'
import { buildHandout, FALLBACK_FONT } from '../../../shared/handout'
import { splitRuns } from '../../../shared/handout/text-runs'
import { library } from '../../../shared/library'
import { allText, nodesWith } from './doc-text'
import { detailedA4, sampleClient, samplePlan, sampleSettings } from './sample'

const today = '2026-03-02'

describe('splitRuns', () => {
  it('keeps Roboto text whole and sets only what Roboto lacks in the fallback font', () => {
    expect(splitRuns('Zoë Müller')).toEqual([{ text: 'Zoë Müller', fallback: false }])
    expect(splitRuns('Hold → relax')).toEqual([
      { text: 'Hold ', fallback: false }, { text: '→', fallback: true }, { text: ' relax', fallback: false }
    ])
  })

  it('keeps spaces and punctuation between fallback words in the fallback run', () => {
    expect(splitRuns('Անի Պետրոսյան, Zoë')).toEqual([{ text: 'Անի Պետրոսյան', fallback: true }, { text: ', Zoë', fallback: false }])
  })

  it('keeps a letter and its combining mark in one run', () => {
    expect(splitRuns('Ne\u0331ma')).toEqual([{ text: 'N', fallback: false }, { text: 'e\u0331', fallback: true }, { text: 'ma', fallback: false }])
  })
})

function fallbackRuns(content: unknown): Record<string, unknown>[] {
  return nodesWith(content, 'font').filter((node) => node.font === FALLBACK_FONT)
}

describe('buildHandout with characters only the fallback font has', () => {
  const client = sampleClient({ givenName: 'Անի', familyName: 'Պետրոսյան' })
  const plan = samplePlan(['cat-cow'], { title: 'ქეთევანის ვარჯიშები' })
  plan.items[0]!.patientNote = 'Breathe in ↑, out ↓ ✓'
  const built = buildHandout({ plan, client, settings: { ...sampleSettings, clinicName: 'Ереван ✚ Physio' }, library, options: detailedA4, today })
  const content = built.docDefinition.content

  it('prints them in the fallback font, without warnings', () => {
    expect(built.warnings).toEqual([])
    const text = allText(content)
    for (const part of ['Անի Պետրոսյան', 'ქეთევანის ვარჯიშები', 'Breathe in ↑, out ↓ ✓', 'Ереван ✚ Physio']) expect(text).toContain(part)
    const runs = fallbackRuns(content).map((node) => node.text)
    expect(runs).toEqual(expect.arrayContaining(['Անի Պետրոսյան', 'ქეთევანის ვარჯიშები', '↑', '↓ ✓', '✚']))
    expect(runs.join('')).not.toMatch(/[A-Za-z]/)
  })

  it('keeps bold and size on the runs: from the paragraph, or copied from the inline', () => {
    const title = nodesWith(content, 'text').find((node) => Array.isArray(node.text) && allText(node).includes('ქეთევანის'))
    expect(title).toMatchObject({ bold: true, fontSize: typeScale(false).title })
    const name = fallbackRuns(content).find((node) => node.text === 'Անի Պետրոսյան' && node.bold === true)
    expect(name).toBeDefined()
  })

  it('sets the running header in the fallback font too', () => {
    const header = built.docDefinition.header as DynamicContent
    const page2 = header(2, 3, { width: 595, height: 842, orientation: 'portrait' }) as Content
    expect(fallbackRuns(page2).map((node) => node.text)).toEqual(['Անի Պետրոսյան  ·  ქეთევანის ვარჯიშები'])
  })

  it('leaves documents that do not need it untouched', () => {
    const plain = buildHandout({ plan: samplePlan(['cat-cow']), client: sampleClient(), settings: sampleSettings, library, options: detailedA4, today })
    expect(fallbackRuns(plain.docDefinition.content)).toEqual([])
  })
})

describe('buildHandout with scripts the handout cannot print yet', () => {
  const build = (givenName: string, familyName = 'Levi') =>
    buildHandout({ plan: samplePlan(['cat-cow']), client: sampleClient({ givenName, familyName }), settings: sampleSettings, library, options: detailedA4, today })

  it('removes Hebrew (right to left) with a warning that says so', () => {
    const { docDefinition, warnings } = build('Dana דנה')
    expect(allText(docDefinition.content)).toContain('Dana Levi')
    expect(allText(docDefinition.content)).not.toMatch(/\p{Script=Hebrew}/u)
    expect(fallbackRuns(docDefinition.content)).toEqual([])
    expect(warnings).toEqual([expect.objectContaining({
      code: 'characters-removed', field: 'patient name', characters: ['ד', 'נ', 'ה'],
      message: 'Removed ד, נ and ה from the patient name: Hebrew is written right to left, which the handout does not support yet.'
    })])
  })

  it('names Arabic, Thaana and N\'Ko too', () => {
    expect(build('عمر').warnings[0]!.message).toContain('Arabic is written right to left')
    expect(build('ހ ߊ').warnings[0]!.message).toContain("Thaana and N'Ko are written right to left")
  })

  it('says plainly that Chinese, Japanese and Korean are not supported yet', () => {
    expect(build('王小明', 'Wang').warnings).toEqual([expect.objectContaining({
      characters: ['王', '小', '明'], message: expect.stringContaining('Chinese, Japanese and Korean characters are not supported on the handout yet')
    })])
  })

  it('still warns about emoji, one warning per reason', () => {
    const { warnings } = build('Zoë 🌸 דנה', 'Müller')
    expect(warnings.map((w) => w.message)).toEqual([
      'Removed 🌸 from the patient name: the handout cannot print emoji.',
      'Removed ד, נ and ה from the patient name: Hebrew is written right to left, which the handout does not support yet.'
    ])
  })
})
