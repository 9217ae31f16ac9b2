import type { ClientSummary, ListClientsQuery } from '../../../shared/ipc/store-types'
import type { ClientDocument } from './kinds'

/** The line of the client list that a client's document produces. */
export function summarize({ client, screenings, plans }: ClientDocument): ClientSummary {
  const latest = screenings.reduce<ClientDocument['screenings'][number] | undefined>(
    (best, s) => (!best || s.date > best.date || (s.date === best.date && s.createdAt > best.createdAt) ? s : best),
    undefined
  )
  const times = [client.updatedAt, ...plans.map((p) => p.updatedAt), ...screenings.map((s) => s.createdAt)]
  return {
    id: client.id,
    givenName: client.givenName,
    familyName: client.familyName,
    ...(client.displayName !== undefined && { displayName: client.displayName }),
    ...(client.dateOfBirth !== undefined && { dateOfBirth: client.dateOfBirth }),
    conditions: client.conditions,
    archived: client.archived,
    updatedAt: times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)),
    planCount: plans.length,
    latestScreeningOutcome: latest?.outcome.outcome ?? null,
    latestScreeningDate: latest?.date ?? null
  }
}

/**
 * The list line of a record saved by a newer PhysioPlan: only the names, read loosely, so the
 * clinician still sees that the client exists (the record itself stays unchanged on disk).
 */
export function summarizeNewer(id: string, raw: unknown, fileTime: string): ClientSummary {
  const client = (typeof raw === 'object' && raw !== null ? (raw as { client?: unknown }).client : null) as Record<string, unknown> | null
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 100) : '')
  return {
    id,
    givenName: text(client?.givenName) || 'Unknown',
    familyName: text(client?.familyName),
    conditions: [],
    archived: false,
    updatedAt: fileTime,
    planCount: 0,
    latestScreeningOutcome: null,
    latestScreeningDate: null,
    needsNewerVersion: true
  }
}

/** Lower case without accents, so "Zoë" is found by "zoe". */
export const foldText = (text: string): string =>
  (/[\u0080-\uffff]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text).toLowerCase()

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** A date of birth in the ways people type it: 1958-04-02, 02/04/1958, 2/4/1958, 02.04.1958, 2 April 1958, 2 Apr 1958. */
export function dateOfBirthForms(iso: string | undefined): string {
  const parts = iso?.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  if (!parts) return ''
  const [, year, month, day] = parts as unknown as [string, string, string, string]
  const [d, m] = [String(Number(day)), String(Number(month))]
  const name = months[Number(month) - 1]!
  return [iso, `${day}/${month}/${year}`, `${d}/${m}/${year}`, `${day}.${month}.${year}`, `${day}-${month}-${year}`, `${d} ${name} ${year}`, `${d} ${name.slice(0, 3)} ${year}`].join(' ')
}

// Summaries are replaced, never changed in place, so each one's search text is computed once.
const haystacks = new WeakMap<ClientSummary, string>()
export const haystackOf = (summary: ClientSummary): string => {
  let haystack = haystacks.get(summary)
  if (haystack === undefined) {
    haystack = foldText([summary.givenName, summary.familyName, summary.displayName ?? '', dateOfBirthForms(summary.dateOfBirth)].join(' '))
    haystacks.set(summary, haystack)
  }
  return haystack
}

export function matches(summary: ClientSummary, query: ListClientsQuery): boolean {
  if (query.archivedOnly ? !summary.archived : !query.includeArchived && summary.archived) return false
  if (query.condition && !summary.conditions.includes(query.condition)) return false
  const text = query.text?.trim()
  if (!text) return true
  const haystack = haystackOf(summary)
  return foldText(text).split(/\s+/).every((word) => haystack.includes(word))
}

/**
 * Re-orders a list already sorted by name (the sort is stable, so ties stay by name). Review due:
 * every client shares one review interval, so the oldest screening is due first; never screened comes before all.
 */
export function orderBy(byName: ClientSummary[], sort: ListClientsQuery['sort']): ClientSummary[] {
  if (sort === 'last-seen') return byName.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
  if (sort === 'review-due') return byName.sort((a, b) => (a.latestScreeningDate ?? '').localeCompare(b.latestScreeningDate ?? ''))
  return byName
}

export const sortKey = (s: ClientSummary): string => foldText(`${s.familyName}\u0000${s.givenName}\u0000${s.id}`)

/** Summaries in name order (family name, given name, id; accents and case ignored); keyOf gives sortKey, perhaps kept from before. */
export function sortByName(summaries: ClientSummary[], keyOf: (summary: ClientSummary) => string = sortKey): ClientSummary[] {
  const keys = summaries.map(keyOf)
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0))
  return order.map((i) => summaries[i]!)
}

/**
 * Runs already in name order (each bucket of the list, as stored with its keys) merged into one,
 * without sorting the whole list again: a tournament over the runs' heads. Null when a run is
 * found out of order (a list from before the runs were kept sorted), so the caller sorts instead.
 */
export function mergeSortedRuns(runs: readonly { summaries: readonly ClientSummary[]; keys: readonly string[] }[]): ClientSummary[] | null {
  const live = runs.filter((run) => run.summaries.length > 0)
  const at = live.map(() => 0)
  // A binary heap of run numbers, ordered by each run's current key.
  const heap = live.map((_, r) => r)
  const keyOf = (r: number) => live[r]!.keys[at[r]!]!
  const siftDown = (from: number) => {
    let i = from
    const top = heap[i]!
    const key = keyOf(top)
    for (;;) {
      let child = 2 * i + 1
      if (child >= heap.length) break
      if (child + 1 < heap.length && keyOf(heap[child + 1]!) < keyOf(heap[child]!)) child += 1
      if (keyOf(heap[child]!) >= key) break
      heap[i] = heap[child]!
      i = child
    }
    heap[i] = top
  }
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i)
  const merged: ClientSummary[] = []
  while (heap.length > 0) {
    const r = heap[0]!
    const run = live[r]!
    const i = at[r]!
    merged.push(run.summaries[i]!)
    at[r] = i + 1
    if (i + 1 < run.summaries.length) {
      if (run.keys[i + 1]! < run.keys[i]!) return null
    } else {
      heap[0] = heap[heap.length - 1]!
      heap.pop()
    }
    if (heap.length > 0) siftDown(0)
  }
  return merged
}

export const sameSummary = (a: ClientSummary | undefined, b: ClientSummary): boolean => !!a && JSON.stringify(a) === JSON.stringify(b)
