// Run by scripts/build-cli.mjs: renders handouts of the shipped library (every exercise, every
// template, each layout and print size, doses across their ranges, the library's own words as
// notes) and prints, as JSON, the shaping of every word pdfkit laid out (see
// electron/main/handout/word-layouts.ts). Nothing here depends on a plan a user may write: a word
// the table lacks is shaped as it always was.
import { renderHandoutPdf, pdfmakeReady } from '../electron/main/handout'
import { recordWordLayouts } from '../electron/main/handout/word-layouts'
import { sides, type Client, type Dosage, type Exercise, type Plan } from '../shared/domain'
import { planFromTemplate } from '../shared/domain/plan-from-template'
import { defaultSettings, type Settings } from '../shared/domain/settings'
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

const plans = [
  ...chunk(library.exerciseList, 12).flatMap((exercises, n) => [planOf(exercises, n, false), planOf(exercises, n, true)]),
  ...library.templates.map((template) => planFromTemplate(template, new Date(stamp)))
]
const months = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}-${String(1 + m * 2).padStart(2, '0')}`)

async function recordLibraryWords(): Promise<string> {
  const pdfmake = await pdfmakeReady()
  const sample = await pdfmake.createPdf({ content: '' }).getStream()
  const recorded = recordWordLayouts(sample)
  sample.end()
  let n = 0
  for (const plan of plans) {
    for (const layout of ['detailed', 'compact'] as const) {
      for (const largePrint of [false, true]) {
        const today = months[n++ % months.length]!
        const withClient = n % 2 === 0
        await renderHandoutPdf({
          plan, library, today, ...(withClient ? { client, settings } : {}),
          options: { paper: n % 3 === 0 ? 'Letter' : 'A4', layout, largePrint, showSteps: true }
        })
      }
    }
  }
  // The same words as free text (titles, goals, notes) in the two faces handouts print, and numbers alone and in a run.
  const numbers = Array.from({ length: 301 }, (_, i) => String(i))
  for (const bold of [false, true]) {
    const paragraphs = [...libraryText, numbers.join(' '), ...numbers].map((text) => ({ text, bold }))
    await pdfmake.createPdf({ content: paragraphs, defaultStyle: { font: 'Roboto' } }).getBuffer()
  }
  return JSON.stringify(recorded())
}

void recordLibraryWords().then((json) => process.stdout.write(json))
