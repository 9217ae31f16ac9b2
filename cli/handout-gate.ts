import { z } from 'zod'
import { decisionChoiceSchema, screenAnswersSchema, isoDateSchema, type Client, type ClinicalDecision, type DecisionChoice, type Plan, type Screening } from '../shared/domain'
import { exportBlockers, handoutSafety, holdReasonOf, screen } from '../shared/safety'
import { CliError, usageExitCode } from './cli-error'
import { readJsonFile } from './read-json'

/** The options the export gate adds to `handout`. */
export const gateOptions = {
  screening: { type: 'string', description: 'The client\'s latest screening: JSON { "date": "YYYY-MM-DD", "answers": { "flags": … } }' },
  decision: { type: 'string', description: 'When the screening holds the handout: referred | cleared | proceeding' },
  'referred-to': { type: 'string', description: 'With --decision referred: where the client was referred' },
  'referred-on': { type: 'string', description: 'With --decision referred: the day, YYYY-MM-DD' },
  'cleared-by': { type: 'string', description: 'With --decision cleared: the doctor who cleared the client' },
  reason: { type: 'string', description: 'With --decision proceeding: why the plan goes ahead (at least 10 characters)' }
} as const

const screeningFileSchema = z.object({ date: isoDateSchema, answers: screenAnswersSchema }).strict()

type GateValues = { [K in keyof typeof gateOptions]: string | undefined }

function decisionChoice(values: GateValues): DecisionChoice {
  const raw = values.decision === 'referred' ? { kind: 'referred', to: values['referred-to'], on: values['referred-on'] }
    : values.decision === 'cleared' ? { kind: 'cleared', by: values['cleared-by'] }
      : values.decision === 'proceeding' ? { kind: 'proceeding', reason: values.reason }
        : null
  if (!raw) throw new CliError(`--decision must be one of referred, cleared, proceeding, not "${values.decision}"`, usageExitCode)
  const parsed = decisionChoiceSchema.safeParse(raw)
  if (!parsed.success) {
    const flag: Record<string, string> = { to: '--referred-to', on: '--referred-on', by: '--cleared-by', reason: '--reason' }
    const lines = parsed.error.issues.map((i) => `  ${flag[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`)
    throw new CliError(`--decision ${values.decision} needs:\n${lines.join('\n')}`, usageExitCode)
  }
  return parsed.data
}

/**
 * The same export gate as main's handout service: a client's handout is refused while the
 * screening is missing, emergency, urgent, incomplete or due, unless --decision is given, and
 * while an Avoid item is unresolved. Returns the decision that released the hold, if any.
 */
export function checkExportGate(plan: Plan, client: Client, values: GateValues, today: string, reviewIntervalDays: number): ClinicalDecision | null {
  if (plan.clientId !== null && plan.clientId !== client.id) {
    throw new CliError(`The plan belongs to client "${plan.clientId}", not to "${client.id}" from the client file`)
  }
  const screenings: Screening[] = []
  if (values.screening !== undefined) {
    const { date, answers } = readJsonFile(values.screening, screeningFileSchema, 'screening')
    if (date > today) throw new CliError(`The screening file ${values.screening} is invalid:\n  date: ${date} is after ${today}`)
    screenings.push({
      id: 'cli-screening', schemaVersion: 1, clientId: client.id, date, answers, clinicianNote: '', createdAt: new Date().toISOString(),
      outcome: screen(answers, client, date)
    })
  }
  const reason = holdReasonOf(screenings[0], today, reviewIntervalDays)
  const decision: ClinicalDecision | null = reason && values.decision !== undefined
    ? { id: globalThis.crypto.randomUUID(), choice: decisionChoice(values), date: today, screeningId: screenings[0]?.id ?? null, answers: reason, createdAt: new Date().toISOString() }
    : null
  const safety = handoutSafety(plan, { client, screenings, decisions: decision ? [decision] : [] }, today, reviewIntervalDays)
  const blockers = exportBlockers(safety)
  if (blockers.length > 0) {
    const hint = safety.hold ? '\nGive --screening with a complete, recent screening, or --decision referred|cleared|proceeding with its details.' : ''
    throw new CliError(`The handout was not made:\n${blockers.map((b) => `  ${b.message}`).join('\n')}${hint}`)
  }
  return decision
}
