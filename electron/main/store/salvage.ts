import { clientSchema } from '../../../shared/domain/client'
import { clinicalDecisionSchema } from '../../../shared/domain/decision'
import { planSchema } from '../../../shared/domain/plan'
import { screeningSchema } from '../../../shared/domain/screening'
import type { z } from 'zod'
import { upgraded, type Migration, type Salvaged } from './document-kind'
import type { ClientDocument } from './kinds'

type Loose = Record<string, unknown>
const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v)

interface Part<T> {
  key: 'plans' | 'screenings' | 'decisions'
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }
  label(item: Loose | null, index: number): string
}

const quoted = (v: unknown) => (typeof v === 'string' && v.trim() ? `“${v.trim().slice(0, 60)}”` : '')
const parts: Part<{ id: string; clientId?: string | null }>[] = [
  { key: 'plans', schema: planSchema, label: (p, i) => `the plan ${quoted(p?.title) || `number ${i + 1}`}` },
  { key: 'screenings', schema: screeningSchema, label: (s, i) => `the screening ${typeof s?.date === 'string' ? `of ${s.date.slice(0, 10)}` : `number ${i + 1}`}` },
  { key: 'decisions', schema: clinicalDecisionSchema, label: (d, i) => `the decision ${typeof d?.date === 'string' ? `of ${d.date.slice(0, 10)}` : `number ${i + 1}`}` }
]

/**
 * Keeps every part of a damaged client document that still validates (the client's details,
 * each plan, screening and decision), and takes from the backup the version of whatever the
 * damaged file no longer holds in readable form. Returns null when nothing in the file can be trusted.
 */
export const clientSalvage = (documentSchema: z.ZodType<ClientDocument>, version: number, migrations: Record<number, Migration>) =>
  (raw: unknown, backup: ClientDocument | null): Salvaged<ClientDocument> | null => {
  let doc: unknown
  try {
    doc = upgraded(raw, version, migrations)
  } catch {
    return null
  }
  if (!isRecord(doc) || doc.schemaVersion !== version) return null
  const lost: string[] = []
  let usedBackup = false
  const parsedClient = clientSchema.safeParse(doc.client)
  const client = parsedClient.success ? parsedClient.data : backup?.client
  if (!client) return null
  if (!parsedClient.success) {
    lost.push('the latest changes to the client’s details (the backup’s details are kept)')
    usedBackup = true
  }
  const fromBackup = backup?.client.id === client.id ? backup : null
  const merged: Loose = { schemaVersion: version, client }
  let keptFromDamaged = parsedClient.success ? 1 : 0

  for (const part of parts) {
    const entries: unknown[] = Array.isArray(doc[part.key]) ? (doc[part.key] as unknown[]) : []
    if (!Array.isArray(doc[part.key])) lost.push(`the list of ${part.key}, which could not be read`)
    const backupItems = (fromBackup?.[part.key] ?? []) as { id: string }[]
    const result: { id: string }[] = []
    const has = (id: string) => result.some((r) => r.id === id)
    let unknown = !Array.isArray(doc[part.key])
    let kept = 0
    entries.forEach((entry, i) => {
      const parsed = part.schema.safeParse(entry)
      if (parsed.success && (part.key === 'decisions' || parsed.data.clientId === client.id)) {
        if (!has(parsed.data.id)) {
          result.push(parsed.data)
          kept += 1
        }
        return
      }
      const item = isRecord(entry) ? entry : null
      const id = typeof item?.id === 'string' ? item.id : null
      const older = id === null ? undefined : backupItems.find((b) => b.id === id)
      if (id === null) unknown = true
      if (older && !has(older.id)) {
        result.push(older)
        usedBackup = true
      }
      lost.push(older ? `the latest changes to ${part.label(item, i)} (the backup’s version is kept)` : part.label(item, i))
    })
    // A readable list that lacks a backup item means it was deleted since: it stays deleted.
    // Only where the damage hides which item an entry was is every missing backup item added back.
    if (unknown) {
      const missing = backupItems.filter((b) => !has(b.id))
      result.push(...missing)
      if (missing.length > 0) usedBackup = true
    }
    merged[part.key] = result
    keptFromDamaged += kept
  }
  if (keptFromDamaged === 0) return null // nothing of the damaged file survives: a plain restore says so better
  const checked = documentSchema.safeParse(merged)
  return checked.success ? { value: checked.data, lost, usedBackup } : null
}
