import { writeFileSync } from 'node:fs'
import { planFromTemplate } from '../../shared/domain/plan-from-template'
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
