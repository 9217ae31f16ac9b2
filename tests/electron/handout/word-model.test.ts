import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { robotoFiles } from '../../../electron/main/handout/pdfmake-setup'
import { modelCharacters, modelWord, pairKey, probeWordModel, wordModelFromJson, wordModelMismatches, wordModelToJson, type ShapingFont } from '../../../electron/main/handout/word-model'

/** fontkit as pdfkit itself loads it. */
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { openSync(file: string): ShapingFont }

describe('word models', { timeout: 120_000 }, () => {
  const regular = fontkit.openSync(robotoFiles().normal)
  const model = probeWordModel(regular, modelCharacters())

  it('cover the characters Roboto only maps and kerns, and leave out the ones it does more with', () => {
    const covered = Object.keys(model.glyphs)
    for (const c of 'aAzZ09 .,;:!?\'"()-éÉøØßæ’“”–—…€') expect(covered, c).toContain(c)
    // f starts the fi and fl ligatures; a soft hyphen is shaped to nothing.
    expect(covered).not.toContain('f')
    expect(covered).not.toContain('\u00ad')
    // Kerning is there: "To" and "AV" move closer than their glyphs' own widths.
    expect(modelWord(model, 'To')).toMatch(/\|-\d+,0$/)
    expect(modelWord(model, 'AV')).toMatch(/\|-\d+,0$/)
    expect(modelWord(model, 'flat')).toBeUndefined()
    expect(modelWord(model, 'Łódź')).toBeUndefined()
  })

  it('shape every word they cover as fontkit does, in every face', () => {
    const words = ['Teresa ', 'Zoë', 'Ærøskøbing,', 'Yoga ', 'WAVY', 'don’t ', '“Quote”', '10×', '€30 ', 'Müller-Lüdenscheidt']
    for (const file of Object.values(robotoFiles())) {
      const font = fontkit.openSync(file)
      const faceModel = probeWordModel(font, modelCharacters())
      expect(words.every((word) => modelWord(faceModel, word) !== undefined)).toBe(true)
      expect(wordModelMismatches(font, faceModel, words)).toEqual([])
    }
  })

  it('fail their check when fontkit shapes a covered word otherwise', () => {
    const wrongKern = { glyphs: model.glyphs, kerns: new Map([...model.kerns, [pairKey(model.glyphs.T!, model.glyphs.o!), 0]]) }
    expect(wordModelMismatches(regular, wrongKern, ['Toe', 'Tea'])).toEqual(['Toe'])
  })

  it('come back from their JSON unchanged', () => {
    const back = wordModelFromJson(JSON.parse(JSON.stringify(wordModelToJson(model))))
    expect(back.glyphs).toEqual(model.glyphs)
    expect([...back.kerns].sort()).toEqual([...model.kerns].sort())
    expect(back.kerns.size).toBeGreaterThan(1000)
  })
})
