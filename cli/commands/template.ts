import { writeFileSync } from 'node:fs'
import { planSchema, type Plan, type Template } from '../../shared/domain'
import { estimatePlanMinutes } from '../../shared/dose'
import { library } from '../../shared/library'
import { CliError, usageExitCode } from '../cli-error'
import type { Command } from '../command'
import { parseOptions } from '../options'

const options = {
  list: { type: 'boolean', description: 'List the built-in templates as JSON' },
  id: { type: 'string', description: 'Template id to turn into a plan' },
  out: { type: 'string', description: 'Where to write the plan JSON (with --id)' }
} as const
const usage = 'npm run cli -- template --list | template --id ID --out plan.json'

/** A new draft plan, not yet tied to a client, with the template's exercises, doses and notes. */
export function planFromTemplate(template: Template, now: Date): Plan {
  const stamp = now.toISOString()
  return planSchema.parse({
    id: `plan-${now.getTime().toString(36)}`,
    schemaVersion: 1,
    clientId: null,
    title: template.title,
    goals: template.goals,
    items: template.items.map((item, i) => ({
      id: `item-${i + 1}`,
      exerciseId: item.exerciseId,
      dosage: item.dosage,
      patientNote: item.patientNote,
      clinicianNote: '',
      acknowledgedWarnings: []
    })),
    status: 'draft',
    createdAt: stamp,
    updatedAt: stamp
  })
}

function writePlan(id: string, out: string | undefined) {
  if (out === undefined) throw new CliError(`Missing --out for the plan file\nUsage: ${usage}`, usageExitCode)
  const template = library.templates.find((t) => t.id === id)
  if (!template) {
    throw new CliError(`Unknown template id "${id}". Known: ${library.templates.map((t) => t.id).join(', ')}`)
  }
  const plan = planFromTemplate(template, new Date())
  try {
    writeFileSync(out, `${JSON.stringify(plan, null, 2)}\n`)
  } catch (error) {
    throw new CliError(`Cannot write the plan file ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  return { out, planId: plan.id, templateId: template.id, title: plan.title, exercises: plan.items.length }
}

export const templateCommand: Command = {
  name: 'template',
  summary: 'List the built-in plan templates, or write a plan made from one',
  usage,
  options,
  run(args) {
    const values = parseOptions(args, options, usage)
    if (values.list === (values.id !== undefined)) {
      throw new CliError(`Give either --list or --id\nUsage: ${usage}`, usageExitCode)
    }
    if (values.id !== undefined) return writePlan(values.id, values.out)
    return {
      templates: library.templates.map((t) => ({
        id: t.id,
        title: t.title,
        description: t.description,
        goals: t.goals,
        exerciseIds: t.items.map((i) => i.exerciseId),
        estimatedMinutes: estimatePlanMinutes(t, library)
      }))
    }
  }
}
