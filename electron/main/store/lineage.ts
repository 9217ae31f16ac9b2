import { createHash } from 'node:crypto'
import type { ClientDocument } from './kinds'
import { sameContent } from './transfer-format'

/**
 * What each record of a client document used to be: short hashes of the versions it replaced,
 * keyed by record ("client", "plan:<id>", …). Two computers share no history, so without this an
 * old, untouched copy of a plan changed since looks like a conflicting edit and comes back as
 * "(other copy)"; with it, an import knows that one version is the other's past.
 */
export type Lineage = Record<string, string[]>

/** Versions remembered per record: enough for the edits made between two imports. */
const remembered = 50

export const versionHash = (record: unknown): string =>
  createHash('sha256').update(JSON.stringify(record)).digest('base64url').slice(0, 16)

function recordsOf(doc: ClientDocument): Map<string, unknown> {
  const records = new Map<string, unknown>([['client', doc.client]])
  for (const plan of doc.plans) records.set(`plan:${plan.id}`, plan)
  for (const screening of doc.screenings) records.set(`screening:${screening.id}`, screening)
  for (const decision of doc.decisions) records.set(`decision:${decision.id}`, decision)
  return records
}

/** `after`, remembering the versions it replaced of `before`'s records; records gone are forgotten. */
export function withLineage(before: ClientDocument, after: ClientDocument): ClientDocument {
  const previous = recordsOf(before)
  const current = recordsOf(after)
  const lineage: Lineage = {}
  let changed = false
  for (const [key, hashes] of Object.entries(after.lineage ?? {})) {
    if (current.has(key)) lineage[key] = hashes
    else changed = true
  }
  for (const [key, record] of current) {
    const old = previous.get(key)
    if (old === undefined || old === record || sameContent(old, record)) continue
    lineage[key] = remember(lineage[key] ?? [], [versionHash(old)])
    changed = true
  }
  return changed ? { ...after, lineage } : after
}

/** Both computers' memories of each record. */
export function joinLineage(a: Lineage | undefined, b: Lineage | undefined): Lineage {
  const joined: Lineage = { ...a }
  for (const [key, hashes] of Object.entries(b ?? {})) joined[key] = remember(joined[key] ?? [], hashes)
  return joined
}

export function remember(hashes: readonly string[], more: readonly string[]): string[] {
  return [...new Set([...hashes, ...more])].slice(-remembered)
}

/**
 * Which of two versions of one record is the later, when the lineage knows one is the past and
 * the other is not. Both in the past (a record edited back to an earlier version) is a conflict.
 */
export function descendant<T>(lineage: Lineage, key: string, mine: T, theirs: T): T | null {
  const past = lineage[key]
  if (!past) return null
  const theirsIsPast = past.includes(versionHash(theirs))
  const mineIsPast = past.includes(versionHash(mine))
  if (theirsIsPast === mineIsPast) return null
  return theirsIsPast ? mine : theirs
}
