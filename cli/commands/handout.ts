import { writeFileSync } from 'node:fs'
import { clientSchema, isoDateSchema, localDay, planSchema, type Plan } from '../../shared/domain'
import { defaultReviewIntervalDays, settingsSchema, upgradeSettings } from '../../shared/domain/settings'
import { library } from '../../shared/library'
import { CliError, usageExitCode } from '../cli-error'
import type { Command } from '../command'
import { parseOptions } from '../options'
import { readJsonFile } from '../read-json'
import { checkExportGate, gateOptions } from '../handout-gate'
import { writeTo } from '../output'

const options = {
  plan: { type: 'string', required: true, description: 'Plan JSON file (schemaVersion 1)' },
  client: { type: 'string', description: 'Client JSON file: prints the patient name, and holds the handout as the app does (see --screening, --decision)' },
  ...gateOptions,
  settings: { type: 'string', description: 'Settings JSON file: clinic header and contact' },
  logo: { type: 'string', description: 'Clinic logo, PNG or JPEG up to 2 MB' },
  paper: { type: 'string', description: 'A4 (default) or Letter' },
  layout: { type: 'string', description: 'detailed (default) or compact' },
  'large-print': { type: 'boolean', description: '14 pt and larger everywhere' },
  'hide-steps': { type: 'boolean', description: 'Leave out the numbered steps' },
  date: { type: 'string', description: 'Date printed on the handout, YYYY-MM-DD (default today)' },
  out: { type: 'string', required: true, description: 'Where to write the PDF' }
} as const
const usage = 'npm run cli -- handout --plan plan.json [--client client.json [--screening screening.json] ' +
  '[--decision referred --referred-to WHERE --referred-on YYYY-MM-DD | --decision cleared --cleared-by NAME | --decision proceeding --reason TEXT]] ' +
  '[--settings settings.json] [--logo logo.png] ' +
  '[--paper A4|Letter] [--layout detailed|compact] [--large-print] [--hide-steps] [--date YYYY-MM-DD] --out handout.pdf'

function choice<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (value === undefined) return allowed[0]!
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase())
  if (!match) throw new CliError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"\nUsage: ${usage}`, usageExitCode)
  return match
}

function checkExercisesExist(plan: Plan, path: string): void {
  const unknown = plan.items.flatMap((item, i) => (library.exercises.has(item.exerciseId) ? [] : [`  items.${i}.exerciseId: no exercise "${item.exerciseId}" in the library`]))
  if (unknown.length > 0) throw new CliError(`The plan file ${path} is invalid:\n${unknown.join('\n')}`)
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0

export const handoutCommand: Command = {
  name: 'handout',
  summary: 'Make the patient handout PDF for a plan',
  usage,
  options,
  async run(args) {
    const values = parseOptions(args, options, usage)
    // Start loading the renderer (pdfmake, fonts) now; it is ready by the time the files are checked.
    const renderer = import('../../electron/main/handout')
    renderer.catch(() => undefined)
    const paper = choice(values.paper, ['A4', 'Letter'] as const, 'paper')
    const layout = choice(values.layout, ['detailed', 'compact'] as const, 'layout')
    const today = values.date ?? localDay(new Date())
    if (!isoDateSchema.safeParse(today).success) throw new CliError(`--date must be a real date as YYYY-MM-DD, not "${today}"`, usageExitCode)
    const plan = readJsonFile(values.plan, planSchema, 'plan')
    checkExercisesExist(plan, values.plan)
    const client = values.client === undefined ? undefined : readJsonFile(values.client, clientSchema, 'client')
    const settings = values.settings === undefined ? undefined : readJsonFile(values.settings, settingsSchema, 'settings', upgradeSettings)
    const decision = client ? checkExportGate(plan, client, values, today, settings?.reviewIntervalDays ?? defaultReviewIntervalDays) : null
    // Loaded in run, not at the top, so the other commands do not pay for pdfmake's start-up.
    const { renderHandoutPdf } = await renderer
    const { pdf, warnings } = await renderHandoutPdf({
      plan, client, settings, library, today,
      options: { paper, layout, largePrint: values['large-print'], showSteps: !values['hide-steps'] },
      ...(values.logo === undefined ? {} : { logo: values.logo })
    })
    try {
      writeFileSync(values.out, pdf)
    } catch (error) {
      throw new CliError(`Cannot write the handout ${values.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
    }
    for (const warning of warnings) writeTo(2, `Warning: ${warning.message}\n`)
    return { out: values.out, pages: pageCount(pdf), bytes: pdf.length, warnings, ...(decision && { decision }) }
  }
}
