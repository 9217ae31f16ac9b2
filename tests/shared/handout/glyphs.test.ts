import { describe, expect, it } from 'vitest'
import { buildHandout } from '../../../shared/handout'
import { canPrint, canPrintFallback, cleanText } from '../../../shared/handout/glyphs'
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
    for (const char of ['😊', '王', 'م', 'ש', '✓', '☐', '⚠', 'Ա', 'ა', '→']) expect(canPrint(char.codePointAt(0)!)).toBe(false)
  })
})

describe('canPrintFallback: what the bundled DejaVu Sans covers', () => {
  it('covers Armenian, Georgian, extended Latin, arrows and symbols', () => {
    for (const char of 'Անի ქეთევან ȘșǅẞŋƏ → ⇒ ✓ ☐ ⚠ ≈ ∑ ℃') expect(canPrintFallback(char.codePointAt(0)!), char).toBe(true)
  })

  it('does not cover CJK or most emoji', () => {
    for (const char of ['王', 'あ', '한', '🌸', '🐢']) expect(canPrintFallback(char.codePointAt(0)!)).toBe(false)
  })
})

describe('cleanText', () => {
  it('leaves printable text alone', () => {
    expect(cleanText('Hold 30 s · 3 times\nthen rest')).toEqual({ text: 'Hold 30 s · 3 times\nthen rest', removed: [], fallback: false })
  })

  it('composes accents typed as two characters, so they print', () => {
    expect(cleanText('Zoe\u0308 Jose\u0301')).toEqual({ text: 'Zoë José', removed: [], fallback: false })
  })

  it('removes emoji and other scripts, reporting each once and whole, without leaving double spaces', () => {
    expect(cleanText('Great work 👍🏽 keep going 👍🏽!')).toEqual({ text: 'Great work keep going !', removed: ['👍🏽'], fallback: false })
    expect(cleanText('Family 👨‍👩‍👧 time')).toEqual({ text: 'Family time', removed: ['👨‍👩‍👧'], fallback: false })
    expect(cleanText('王小明 Wang')).toEqual({ text: 'Wang', removed: ['王', '小', '明'], fallback: false })
  })

  it('keeps what only the fallback font prints, and says so', () => {
    expect(cleanText('Անի → ok')).toEqual({ text: 'Անի → ok', removed: [], fallback: true })
    expect(cleanText('e\u0331 ☺')).toEqual({ text: 'e\u0331 ☺', removed: [], fallback: true })
  })

  it('never sends right-to-left text, emoji or invisible marks to the fallback font', () => {
    expect(cleanText('Dana שלום')).toEqual({ text: 'Dana', removed: ['ש', 'ל', 'ו', 'ם'], fallback: false })
    expect(cleanText('Omar عمر')).toMatchObject({ text: 'Omar', fallback: false })
    expect(cleanText('Hi 😊 ❤️')).toEqual({ text: 'Hi', removed: ['😊', '❤️'], fallback: false })
    expect(cleanText('a\u200fb')).toEqual({ text: 'ab', removed: [], fallback: false })
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
