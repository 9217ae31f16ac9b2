import { clientDisplayName } from '../../../shared/domain/client'
import type { ClientExport } from '../../../shared/ipc/store-types'
import { writeAtomic } from './atomic-write'
import type { ClientDocuments } from './client-documents'
import type { StoreContext } from './context'
import type { ClientDocument } from './kinds'

/**
 * A client's right of access: everything held about them, as JSON (complete, machine-readable)
 * and as plain text (readable by the client), written side by side.
 */
export async function exportClient(ctx: StoreContext, clients: ClientDocuments, id: string, filePath: string): Promise<ClientExport> {
  const doc = await clients.read(id)
  const jsonPath = /\.json$/i.test(filePath) ? filePath : `${filePath}.json`
  const textPath = jsonPath.replace(/\.json$/i, '.txt')
  await writeAtomic(ctx.fs, jsonPath, JSON.stringify({ exportedAt: ctx.now().toISOString(), ...doc }, null, 2))
  await writeAtomic(ctx.fs, textPath, clientSummaryText(doc, ctx.now()))
  return { jsonPath, textPath }
}

export function clientSummaryText({ client, screenings, plans }: ClientDocument, now: Date): string {
  const lines = [
    `Records held by PhysioPlan about ${clientDisplayName(client)}`,
    `Exported ${now.toISOString().slice(0, 10)}`,
    '',
    `Given name: ${client.givenName}`,
    `Family name: ${client.familyName}`,
    ...(client.displayName ? [`Preferred name: ${client.displayName}`] : []),
    `Date of birth: ${client.dateOfBirth ?? 'not recorded'}`,
    `Sex: ${client.sex ?? 'not recorded'}`,
    `Conditions: ${client.conditions.join(', ') || 'none recorded'}`,
    `Surgeon's restrictions: ${client.surgeonRestrictions || 'none recorded'}`,
    `Notes: ${client.notes || 'none'}`,
    `Record created ${client.createdAt}, last changed ${client.updatedAt}${client.archived ? ', archived' : ''}`,
    '',
    `Screenings (${screenings.length})`
  ]
  for (const s of screenings) {
    lines.push(`- ${s.date}: outcome ${s.outcome.outcome}`)
    for (const f of s.outcome.findings) lines.push(`    ${f.level}: ${f.reason} Action: ${f.action}`)
    if (s.clinicianNote) lines.push(`    Note: ${s.clinicianNote}`)
  }
  lines.push('', `Exercise plans (${plans.length})`)
  for (const p of plans) {
    lines.push(`- ${p.title} (${p.status}, created ${p.createdAt.slice(0, 10)})`)
    if (p.goals.length) lines.push(`    Goals: ${p.goals.join('; ')}`)
    for (const item of p.items) {
      const d = item.dosage
      const dose = [d.sets && `${d.sets} sets`, d.reps && `${d.reps} reps`, d.holdSeconds && `hold ${d.holdSeconds} s`, `side: ${d.side}`, `${d.frequency.timesPerDay}x/day, ${d.frequency.daysPerWeek} days/week`]
      lines.push(`    * ${item.exerciseId}: ${dose.filter(Boolean).join(', ')}`)
      if (item.patientNote) lines.push(`      Note: ${item.patientNote}`)
      if (item.clinicianNote) lines.push(`      Clinician note: ${item.clinicianNote}`)
      for (const w of item.acknowledgedWarnings) lines.push(`      Warning for ${w.condition} kept on ${w.date}: ${w.reason}`)
    }
  }
  return lines.join('\n') + '\n'
}
