import type { PreparedWord } from './word-layouts'

/**
 * The shaping of a word the CLI's table lacks (a patient's name, a title), from a face's model:
 * the glyph of each character and the kerning of each pair. fontkit shapes the first such word
 * in a face by decoding the font's substitution and positioning tables, thousands of records
 * (about a tenth of a cold handout, for one name). For plain Latin text Roboto does nothing but
 * map characters to glyphs and kern pairs, so a model made from fontkit's own output, character
 * by character and pair by pair, gives the same run; characters that do more (ligature starters
 * such as f, marks) are left out of the model, and a word holding one is shaped by fontkit.
 * The model is made and checked against fontkit when the CLI is built (scripts/cli-word-layouts.ts):
 * a face whose check fails gets none.
 */
export interface WordModel {
  /** Character → glyph id, for the characters the model covers. */
  glyphs: Record<string, number>
  /** A pair of glyph ids (pairKey) → the first glyph's kerning in font units; a pair not listed has none. */
  kerns: ReadonlyMap<number, number>
}

/** One number for a pair of glyph ids (both below 65,536, as OpenType's are). */
export const pairKey = (first: number, second: number): number => first * 65536 + second

/** A model as JSON: its kerns as [first, second, kern, …], which JSON reads far quicker than an object of thousands of keys. */
export interface WordModelJson { glyphs: Record<string, number>; kerns: number[] }

export function wordModelToJson(model: WordModel): WordModelJson {
  const kerns: number[] = []
  for (const [pair, kern] of model.kerns) kerns.push(Math.floor(pair / 65536), pair % 65536, kern)
  return { glyphs: model.glyphs, kerns }
}

export function wordModelFromJson(json: WordModelJson): WordModel {
  const kerns = new Map<number, number>()
  for (let i = 0; i + 2 < json.kerns.length; i += 3) kerns.set(pairKey(json.kerns[i]!, json.kerns[i + 1]!), json.kerns[i + 2]!)
  return { glyphs: json.glyphs, kerns }
}

/** The word as a prepared word (word-layouts.ts), or undefined when a character is not covered. */
export function modelWord(model: WordModel, text: string): PreparedWord | undefined {
  if (text.length === 0) return undefined
  const ids: number[] = []
  for (let i = 0; i < text.length; i++) {
    const id = model.glyphs[text.charAt(i)]
    if (id === undefined) return undefined
    ids.push(id)
  }
  let kerned = false
  const kerns = ids.map((id, i) => {
    const kern = i + 1 < ids.length ? model.kerns.get(pairKey(id, ids[i + 1]!)) ?? 0 : 0
    if (kern !== 0) kerned = true
    return kern
  })
  return kerned ? `${ids.join(',')}|${kerns.join(',')}` : ids.join(',')
}

interface Glyph { id: number; codePoints: number[]; advanceWidth: number }
interface Position { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }
/** fontkit's font, as far as the model is made from it. */
export interface ShapingFont { layout(text: string): { glyphs: Glyph[]; positions: Position[] } }

/** The characters a model is tried over: ASCII, Latin-1 and the typographic quotes, dashes and marks the library prints. */
export function modelCharacters(): string[] {
  const characters: string[] = []
  for (let code = 0x20; code <= 0x7e; code++) characters.push(String.fromCharCode(code))
  for (let code = 0xa0; code <= 0xff; code++) characters.push(String.fromCharCode(code))
  return [...characters, ...'\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u20ac']
}

const plainPosition = (p: Position, glyph: Glyph) => p.yAdvance === 0 && p.xOffset === 0 && p.yOffset === 0 && Number.isInteger(p.xAdvance - glyph.advanceWidth)

/**
 * For the build: the model of `font` over `characters`, from fontkit's shaping of each character
 * and each pair. A character is left out when fontkit gives it other than one glyph of its own,
 * or a pair holding it is not two glyphs moved only along the line, the second unmoved (a
 * ligature, a mark, a contextual form).
 */
export function probeWordModel(font: ShapingFont, characters: readonly string[]): WordModel {
  const glyphs: Record<string, number> = {}
  for (const c of characters) {
    if (c.length !== 1) continue
    const run = font.layout(c)
    const glyph = run.glyphs[0]
    if (run.glyphs.length === 1 && glyph!.codePoints.length === 1 && glyph!.codePoints[0] === c.charCodeAt(0) &&
      plainPosition(run.positions[0]!, glyph!) && run.positions[0]!.xAdvance === glyph!.advanceWidth) glyphs[c] = glyph!.id
  }
  const covered = Object.keys(glyphs)
  const pairKerns = new Map<number, number>()
  const odd: [string, string][] = []
  for (const a of covered) {
    for (const b of covered) {
      const run = font.layout(a + b)
      const [first, second] = run.glyphs
      const plain = run.glyphs.length === 2 && first!.id === glyphs[a] && second!.id === glyphs[b] &&
        plainPosition(run.positions[0]!, first!) && plainPosition(run.positions[1]!, second!) && run.positions[1]!.xAdvance === second!.advanceWidth
      if (plain) pairKerns.set(pairKey(first!.id, second!.id), run.positions[0]!.xAdvance - first!.advanceWidth)
      else odd.push([a, b])
    }
  }
  // The character in most odd pairs goes first (f, in fi and fl; a mark, after every letter), until none is left.
  let left = odd
  while (left.length > 0) {
    const counts = new Map<string, number>()
    for (const [a, b] of left) for (const c of new Set([a, b])) counts.set(c, (counts.get(c) ?? 0) + 1)
    const worst = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0]
    delete glyphs[worst]
    left = left.filter(([a, b]) => a !== worst && b !== worst)
  }
  const ids = new Set(Object.values(glyphs))
  const kerns = new Map<number, number>()
  for (const [pair, kern] of pairKerns) {
    if (kern !== 0 && ids.has(Math.floor(pair / 65536)) && ids.has(pair % 65536)) kerns.set(pair, kern)
  }
  return { glyphs, kerns }
}

/** fontkit's shaping of a word in the prepared form, or undefined when the form cannot hold it (see modelWord). */
function fontkitWord(font: ShapingFont, text: string): PreparedWord | undefined {
  const run = font.layout(text)
  if (run.glyphs.length !== text.length) return undefined
  const kerns: number[] = []
  for (let i = 0; i < run.glyphs.length; i++) {
    const glyph = run.glyphs[i]!
    if (glyph.codePoints.length !== 1 || glyph.codePoints[0] !== text.charCodeAt(i) || !plainPosition(run.positions[i]!, glyph)) return undefined
    kerns.push(run.positions[i]!.xAdvance - glyph.advanceWidth)
  }
  const ids = run.glyphs.map((glyph) => glyph.id).join(',')
  return kerns.some((kern) => kern !== 0) ? `${ids}|${kerns.join(',')}` : ids
}

/** For the build: the words (among `words`) the model shapes otherwise than fontkit does; none for a sound model. */
export function wordModelMismatches(font: ShapingFont, model: WordModel, words: Iterable<string>): string[] {
  const wrong: string[] = []
  for (const word of words) {
    const ours = modelWord(model, word)
    if (ours !== undefined && ours !== fontkitWord(font, word)) wrong.push(word)
  }
  return wrong
}
