import { createHash, randomUUID } from 'node:crypto'
import { clientDisplayName } from '../../../shared/domain/client'
import type { ClientDocument } from './kinds'
import { foldText } from './client-summary'
import { descendant, joinLineage, remember, versionHash } from './lineage'
import { sameContent } from './transfer-format'

/** What merging one imported client record into this computer's record did, for the import report. */
export interface ClientMerge {
  doc: ClientDocument
  /** Records that only the imported file held, now added here. */
  added: number
  /** Records changed on both computers: the newer kept, the other saved as a copy, each in words. */
  copies: string[]
}

type Stamped = { id: string; createdAt: string; updatedAt?: string }
const timeOf = (r: Stamped) => Date.parse(r.updatedAt ?? r.createdAt)

/**
 * Two records with one id are the same person unless their dates of birth differ, or both
 * their given and family names do (a name change alone, after marriage say, is the same person).
 */
export function samePerson(a: ClientDocument['client'], b: ClientDocument['client']): boolean {
  if (a.dateOfBirth && b.dateOfBirth && a.dateOfBirth !== b.dateOfBirth) return false
  const same = (x: string, y: string) => foldText(x.trim()) === foldText(y.trim())
  return same(a.givenName, b.givenName) || same(a.familyName, b.familyName)
}

/** The imported record of a different person who happened to get the same id: it becomes a client of its own. */
export function asSeparateClient(doc: ClientDocument, id = randomUUID()): ClientDocument {
  return {
    ...doc,
    client: { ...doc.client, id },
    plans: doc.plans.map((p) => ({ ...p, clientId: id })),
    screenings: doc.screenings.map((s) => ({ ...s, clientId: id }))
  }
}

/**
 * Merges by id: what exists on one side only is kept or added. A record that differs is first
 * looked up in the two sides' lineage (lineage.ts): where one version is the other's past, the
 * later one is kept and nothing else happens. Otherwise both were edited: a plan, screening or
 * decision keeps the newer under its id and the other as a copy with a new id (never lost; the
 * clinician can delete it); the client's details keep the newer version, and the older one's
 * notes are kept in the notes.
 */
export function mergeClient(local: ClientDocument, incoming: ClientDocument, day: string): ClientMerge {
  const name = clientDisplayName(local.client)
  const copies: string[] = []
  const lineage = joinLineage(local.lineage, incoming.lineage)
  let added = 0
  let client = local.client
  const later = descendant(lineage, 'client', local.client, incoming.client)
  if (later) client = later
  else if (!sameContent(local.client, incoming.client)) {
    const [newer, older] = timeOf(incoming.client) > timeOf(local.client) ? [incoming.client, local.client] : [local.client, incoming.client]
    const olderNotes = older.notes.trim()
    const notes = olderNotes && !newer.notes.includes(olderNotes)
      ? `${newer.notes}\n\nNotes from the other copy of this record (imported ${day}):\n${olderNotes}`.trim()
      : newer.notes
    client = { ...newer, notes: notes.slice(0, 10_000) }
    copies.push(`The details of ${name} differ between the two computers: the newer details were kept${notes !== newer.notes ? ', and the other notes were added to the notes' : ''}.`)
    lineage.client = remember(lineage.client ?? [], [versionHash(older)])
  }
  const merge = <T extends Stamped>(kind: string, mine: T[], theirs: T[], copyOf: (item: T) => T, label: (item: T) => string): T[] => {
    const result = [...mine]
    for (const item of theirs) {
      const at = result.findIndex((r) => r.id === item.id)
      const key = `${kind}:${item.id}`
      const later = at === -1 ? null : descendant(lineage, key, result[at]!, item)
      if (at === -1) {
        result.push(item)
        added += 1
      } else if (later) {
        result[at] = later
      } else if (!sameContent(result[at], item)) {
        const [newer, older] = timeOf(item) > timeOf(result[at]!) ? [item, result[at]!] : [result[at]!, item]
        // The older version is now kept as a copy: for this id it is the past.
        lineage[key] = remember(lineage[key] ?? [], [versionHash(older)])
        // The copy's id comes from its content, so importing the same file again adds no second copy.
        const copy = { ...copyOf(older), id: copyId(older.id, older) }
        result[at] = newer
        if (result.some((r) => r.id === copy.id)) continue
        result.push(copy)
        copies.push(`${label(newer)} of ${name} differs between the two computers: the newer was kept, and the other saved as ${label(copy)}.`)
      }
    }
    return result
  }
  const plans = merge('plan', local.plans, incoming.plans,
    (p) => ({ ...p, title: `${p.title.slice(0, 100)} (other copy)` }),
    (p) => `the plan “${p.title}”`)
  const screenings = merge('screening', local.screenings, incoming.screenings, (s) => s, (s) => `a screening of ${s.date}`)
  const decisions = merge('decision', local.decisions, incoming.decisions, (d) => d, (d) => `a decision of ${d.date}`)
  return { doc: { ...local, client, plans, screenings, decisions, lineage }, added, copies: copies.map(capitalised) }
}

/** The id of a record's copy, from its content: importing the same file again adds no second copy. */
export const copyId = (id: string, content: unknown): string =>
  `${id.slice(0, 60)}-copy-${createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 10)}`

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
