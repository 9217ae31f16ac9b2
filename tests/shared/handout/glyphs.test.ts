import { describe, expect, it } from 'vitest'
import { buildHandout } from '../../../shared/handout'
import { canPrint, cleanText } from '../../../shared/handout/glyphs'
import { library } from '../../../shared/library'
import { allText } from './doc-text'
import { detailedA4, sampleClient, samplePlan, sampleSettings } from './sample'

describe('canPrint: what the bundled Roboto covers', () => {
  it('covers Latin with accents, Greek, Cyrillic and typographic punctuation', () => {
    for (const text of ['Zoë Müller-Łukasiewicz', 'Ærøskøbing ŞĞİ ő', 'Αθηνά', 'Дмитрий Шостакович', '“quoted” – … · € ½']) {
      for (const char of text) expect(canPrint(char.codePointAt(0)!), `${char} U+${char.codePointAt(0)!.toString(16)}`).toBe(true)
    }
  })

  it('does not cover emoji, CJK, Arabic, Hebrew or check marks', () => {
    for (const char of ['😊', '王', 'م', 'ש', '✓', '☐', '⚠']) expect(canPrint(char.codePointAt(0)!)).toBe(false)
  })
})

describe('cleanText', () => {
  it('leaves printable text alone', () => {
    expect(cleanText('Hold 30 s · 3 times\nthen rest')).toEqual({ text: 'Hold 30 s · 3 times\nthen rest', removed: [] })
  })

  it('composes accents typed as two characters, so they print', () => {
    expect(cleanText('Zoe\u0308 Jose\u0301')).toEqual({ text: 'Zoë José', removed: [] })
  })

  it('removes emoji and other scripts, reporting each once and whole, without leaving double spaces', () => {
    expect(cleanText('Great work 👍🏽 keep going 👍🏽!')).toEqual({ text: 'Great work keep going !', removed: ['👍🏽'] })
    expect(cleanText('Family 👨‍👩‍👧 time')).toEqual({ text: 'Family time', removed: ['👨‍👩‍👧'] })
    expect(cleanText('王小明 Wang')).toEqual({ text: 'Wang', removed: ['王', '小', '明'] })
  })

  it('turns tabs and Windows line endings into what pdfmake expects', () => {
    expect(cleanText('a\tb\r\nc').text).toBe('a b\nc')
  })
})

describe('buildHandout with unprintable characters', () => {
  it('prints the rest of the name and warns, naming the character and the field', () => {
    const client = sampleClient({ givenName: 'Zoë 🌸', familyName: 'Müller' })
    const plan = samplePlan(['cat-cow'])
    plan.items[0]!.patientNote = 'Slowly 🐢 please'
    const { docDefinition, warnings } = buildHandout({ plan, client, settings: sampleSettings, library, options: detailedA4, today: '2026-03-02' })
    const text = allText(docDefinition.content)
    expect(text).toContain('Zoë Müller')
    expect(text).toContain('Slowly please')
    expect(text).not.toMatch(/[🌸🐢]/u)
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'characters-removed', field: 'patient name', characters: ['🌸'], message: expect.stringContaining('🌸') }),
      expect.objectContaining({ code: 'characters-removed', field: 'note for Cat-cow', characters: ['🐢'] })
    ])
  })
})
