import { clientSchema, planSchema } from '../../shared/domain'
import { library } from '../../shared/library'
import { checkPlan } from '../../shared/safety'
import type { Command } from '../command'
import { parseOptions } from '../options'
import { readJsonFile } from '../read-json'

const options = {
  plan: { type: 'string', required: true, description: 'Plan JSON file (schemaVersion 1)' },
  client: { type: 'string', required: true, description: 'Client JSON file (schemaVersion 1)' }
} as const
const usage = 'npm run cli -- check --plan plan.json --client client.json'

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a plan against a client: per-item avoid/caution warnings and plan-level notes',
  usage,
  options,
  run(args) {
    const values = parseOptions(args, options, usage)
    const plan = readJsonFile(values.plan, planSchema, 'plan')
    const client = readJsonFile(values.client, clientSchema, 'client')
    return { planId: plan.id, clientId: client.id, ...checkPlan(plan, client, library) }
  }
}
