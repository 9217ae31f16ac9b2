// Run by scripts/build-cli.mjs, in parallel as `--part K --parts N` (this process does every Nth
// piece of work): shapes the shipped library's words the way handouts lay them out (every text of
// the library directly, in both faces, and the words only whole handouts make from sample
// renders: every built-in template, doses across their ranges, each layout and print size), and
// prints, as JSON, the shaping of every word pdfkit laid out (see
// electron/main/handout/word-layouts.ts). Nothing here depends on a plan a user may write: a word
// the table lacks is shaped as it always was.
import { createRequire } from 'node:module'
import { renderHandoutPdf, pdfmakeReady } from '../electron/main/handout'
import { fontKey, recordWordLayouts } from '../electron/main/handout/word-layouts'
import { modelCharacters, probeWordModel, wordModelMismatches, wordModelToJson, type ShapingFont, type WordModelJson } from '../electron/main/handout/word-model'
import { dateFormats } from '../shared/domain/date-format'
import { sides, type Client, type Dosage, type Exercise, type Plan } from '../shared/domain'
import { planFromTemplate } from '../shared/domain/plan-from-template'
import { defaultSettings, type Settings } from '../shared/domain/settings'
import { formatLongDate } from '../shared/handout/format-date'
import { library } from '../shared/library'

const stamp = '2026-01-01T09:00:00Z'
const chunk = <T>(items: readonly T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size))

/** Every text in the shipped library (exercises, templates, conditions, signs to seek help for). */
function textsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') found.add(value)
  else if (Array.isArray(value)) for (const item of value) textsIn(item, found)
  else if (value instanceof Map) for (const item of value.values()) textsIn(item, found)
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) textsIn(item, found)
  return found
}
const isId = (text: string) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(text)
const libraryText = [...textsIn([library.exerciseList, library.templates, library.seekHelp, library.conditions])].filter((text) => !isId(text))

function dosageVariant(exercise: Exercise, i: number): Dosage {
  const base = exercise.defaultDose
  return {
    ...base,
    side: sides[i % sides.length]!,
    ...(base.holdSeconds !== undefined ? { holdSeconds: 5 + (i * 5) % 60 } : {}),
    ...(base.reps !== undefined ? { reps: 1 + i % 30 } : {}),
    ...(base.minutes !== undefined ? { minutes: 5 + (i * 5) % 60 } : {}),
    frequency: { timesPerDay: 1 + i % 10, daysPerWeek: 1 + i % 7 }
  }
}

function planOf(exercises: readonly Exercise[], n: number, variant: boolean): Plan {
  return {
    id: `words-${n}`, schemaVersion: 1, clientId: 'words-client', title: libraryText[n % libraryText.length]!,
    goals: libraryText.slice(n * 2, n * 2 + 2),
    items: exercises.map((exercise, i) => ({
      id: `item-${i}`, exerciseId: exercise.id, clinicianNote: '', acknowledgedWarnings: [],
      dosage: variant ? dosageVariant(exercise, n * 12 + i) : exercise.defaultDose,
      patientNote: libraryText[(n * 12 + i) % libraryText.length]!,
      // A gentler version of a named exercise, or of one the library no longer has.
      ...(i % 4 === 3 ? { swappedFrom: i % 8 === 3 ? exercises[0]!.id : 'no-longer-shipped' } : {})
    })),
    status: 'active', createdAt: stamp, updatedAt: stamp
  }
}

const client: Client = {
  id: 'words-client', schemaVersion: 1, givenName: 'Sam', familyName: 'Taylor', conditions: [], surgeonRestrictions: '',
  notes: '', archived: false, createdAt: stamp, updatedAt: stamp
}
const settings: Settings = { ...defaultSettings, clinicName: 'Clinic', clinicAddress: 'Street', clinicPhone: '0100 000 0000', clinicEmail: 'a@b.example', clinicianName: 'Sam' }

const months = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}-${String(1 + m * 2).padStart(2, '0')}`)

/**
 * The whole handouts rendered: every built-in template as users start from it, and plans of the
 * library's first 48 exercises at their default doses and across the dose ranges (notes, goals and
 * titles from the library), each once, in the four layout and print-size pairs in turn; the rest
 * of the library's words are shaped directly (shapeLibraryText). Measured against the table made
 * by rendering every exercise in every pair (224 handouts): the 26 templates in other pairs than
 * these print 7 words of 2,450 the table lacks, and the other 126 exercises 6 of 1,924 (a word cut
 * at a line end, a name before a full stop). A missing word costs its shaping only.
 */
const sampledPlans = [
  ...library.templates.map((template) => planFromTemplate(template, new Date(stamp))),
  ...chunk(library.exerciseList, 12).slice(0, 4).flatMap((exercises, n) => [planOf(exercises, n, false), planOf(exercises, n, true)])
]
const pairs = [['detailed', false], ['compact', false], ['detailed', true], ['compact', true]] as const
const renders = sampledPlans.map((plan, n) => ({
  plan, today: months[n % months.length]!, withClient: n % 2 === 0, paper: n % 3 === 0 ? 'Letter' as const : 'A4' as const,
  layout: pairs[n % pairs.length]![0], largePrint: pairs[n % pairs.length]![1]
}))

interface LineBreaker { nextBreak(): { position: number } | null }
const LineBreaker = createRequire(import.meta.url)('linebreak') as new (text: string) => LineBreaker
interface PdfkitFont { layout(text: string): unknown; name: string; font: ShapingFont & { head?: { checkSumAdjustment?: number } } }

/**
 * Every library text, date and number in one face, laid out as pdfmake measures it (the pieces
 * its line breaker cuts, as pdfmake's TextBreaker does) and as pdfkit prints a line of it (whole,
 * cut at spaces, and followed by more text).
 */
function shapeLibraryText(font: PdfkitFont): void {
  const numbers = Array.from({ length: 301 }, (_, i) => String(i))
  const dates = months.flatMap((month) => dateFormats.map((format) => formatLongDate(month, format)))
  for (const text of [...libraryText, ...dates, numbers.join(' '), ...numbers]) {
    const breaker = new LineBreaker(text)
    let last = 0
    for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
      font.layout(text.slice(last, next.position))
      last = next.position
    }
    font.layout(text)
    font.layout(`${text} `)
  }
}

function partArgs(): { part: number; parts: number } {
  const value = (flag: string) => Number(process.argv[process.argv.indexOf(flag) + 1])
  const parts = process.argv.includes('--parts') ? value('--parts') : 1
  const part = process.argv.includes('--part') ? value('--part') : 0
  if (!Number.isInteger(parts) || parts < 1 || !Number.isInteger(part) || part < 0 || part >= parts) throw new Error('Usage: --part K --parts N, 0 <= K < N')
  return { part, parts }
}

/** Words a model is checked on: every word of the library's texts, and strings of its characters at random. */
function checkWords(characters: string[]): Set<string> {
  const words = new Set<string>()
  for (const text of libraryText) for (const word of text.split(/(?<=[ \t])/)) words.add(word)
  let state = 20261130
  const random = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  for (let i = 0; i < 40_000; i++) {
    let word = ''
    for (let n = 1 + Math.floor(random() * 10); n > 0; n--) word += characters[Math.floor(random() * characters.length)]
    words.add(random() < 0.3 ? `${word} ` : word)
  }
  return words
}

/** The face's word model (word-model.ts), or none when fontkit shapes a single checked word otherwise. */
function wordModelOf(font: PdfkitFont): WordModelJson | undefined {
  const model = probeWordModel(font.font, modelCharacters())
  const wrong = wordModelMismatches(font.font, model, checkWords(Object.keys(model.glyphs)))
  if (wrong.length === 0) return wordModelToJson(model)
  process.stderr.write(`No word model for ${font.name}: fontkit shapes ${JSON.stringify(wrong.slice(0, 5))} otherwise\n`)
  return undefined
}

async function recordLibraryWords({ part, parts }: { part: number; parts: number }): Promise<string> {
  const pdfmake = await pdfmakeReady()
  const sample = await pdfmake.createPdf({ content: '' }).getStream()
  const recorded = recordWordLayouts(sample)
  const mine = <T>(items: readonly T[]) => items.filter((_, i) => i % parts === part)
  // The two faces handouts print (regular and bold), as pdfmake provides them to a document.
  const provideFont = Reflect.get(sample, 'provideFont') as (family: string, bold: boolean, italics: boolean) => PdfkitFont
  const models: Record<string, WordModelJson> = {}
  for (const bold of mine([false, true])) {
    const font = provideFont.call(sample, 'Roboto', bold, false)
    shapeLibraryText(font)
    const model = wordModelOf(font)
    if (model) models[fontKey(font as never)] = model
  }
  sample.end()
  for (const { plan, today, withClient, paper, layout, largePrint } of mine(renders)) {
    await renderHandoutPdf({
      plan, library, today, ...(withClient ? { client, settings } : {}),
      options: { paper, layout, largePrint, showSteps: true }
    })
  }
  return JSON.stringify({ table: recorded(), models })
}

void recordLibraryWords(partArgs()).then((json) => process.stdout.write(json))
