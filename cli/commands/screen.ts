import { bodyAreaSchema, conditionIdSchema, dateOfBirthSchema, isoDateSchema, localDay, screenAnswersSchema, type ScreenAnswers } from '../../shared/domain'
import { library } from '../../shared/library'
import { screen } from '../../shared/safety'
import { CliError, usageExitCode } from '../cli-error'
import type { Command } from '../command'
import { parseOptions } from '../options'
import { readJsonFile } from '../read-json'

const options = {
  answers: { type: 'string', required: true, description: 'JSON file: { "flags": { "<red-flag id>": "yes" | "no" | "unknown" }, "spa"?: { "gate", "features" } }' },
  dob: { type: 'string', description: 'Date of birth, YYYY-MM-DD: suggests the age questions left unanswered' },
  sex: { type: 'string', description: 'female | male | other | unstated' },
  areas: { type: 'string', description: 'Problem areas, comma-separated: back, neck, shoulder, elbow-wrist-hand, hip, knee, ankle-foot, balance (default: back)' },
  conditions: { type: 'string', description: 'Condition ids, comma-separated (their areas are added; post-operative ones add the after-surgery questions)' },
  today: { type: 'string', description: 'Screening date, YYYY-MM-DD (default: today)' }
} as const
const usage = 'npm run cli -- screen --answers answers.json [--dob YYYY-MM-DD] [--sex female|male|other|unstated] [--areas knee,neck] [--conditions tkr_early] [--today YYYY-MM-DD]'

/** A comma-separated list, each entry checked against its schema. */
function listOption<T>(name: string, value: string | undefined, schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }): T[] {
  if (value === undefined) return []
  return value.split(',').map((v) => v.trim()).filter(Boolean).map((entry) => {
    const parsed = schema.safeParse(entry)
    if (!parsed.success) throw new CliError(`--${name} "${entry}": ${parsed.error.issues[0]?.message ?? 'unknown'}`, usageExitCode)
    return parsed.data
  })
}
const sexes = ['female', 'male', 'other', 'unstated'] as const

function dateOption(name: string, value: string | undefined, schema: typeof isoDateSchema = isoDateSchema): string | undefined {
  if (value === undefined) return undefined
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new CliError(`--${name} "${value}": ${parsed.error.issues[0]?.message ?? 'use a real date, YYYY-MM-DD'}`, usageExitCode)
  return parsed.data
}

/** A file holding only red-flag answers, without the "flags" wrapper, is accepted too. */
function wrapBareFlags(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  return 'flags' in value || 'spa' in value ? value : { flags: value }
}

function checkSpaFeatureIds(answers: ScreenAnswers, path: string): void {
  const known = new Set(library.spa.features.map((f) => f.id))
  const unknown = Object.keys(answers.spa?.features ?? {}).filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw new CliError(`The answers file ${path} is invalid:\n  spa.features: unknown feature "${unknown.join('", "')}" ` +
      `(known: ${[...known].join(', ')})`)
  }
}

export const screenCommand: Command = {
  name: 'screen',
  summary: 'Red-flag screen: outcome emergency | urgent | routine | clear | incomplete, with each finding',
  usage,
  options,
  run(args) {
    const values = parseOptions(args, options, usage)
    const dateOfBirth = dateOption('dob', values.dob, dateOfBirthSchema)
    const today = dateOption('today', values.today) ?? localDay(new Date())
    const sex = values.sex
    if (sex !== undefined && !sexes.some((s) => s === sex)) {
      throw new CliError(`--sex "${sex}": use one of ${sexes.join(', ')}`, usageExitCode)
    }
    const answers = readJsonFile(values.answers, screenAnswersSchema, 'answers', wrapBareFlags)
    checkSpaFeatureIds(answers, values.answers)
    if (dateOfBirth !== undefined && dateOfBirth > today) throw new CliError(`--dob ${dateOfBirth} is after ${today}`, usageExitCode)
    const client = {
      dateOfBirth, sex: sexes.find((s) => s === sex),
      problemAreas: listOption('areas', values.areas, bodyAreaSchema), conditions: listOption('conditions', values.conditions, conditionIdSchema)
    }
    return screen(answers, client, today)
  }
}
