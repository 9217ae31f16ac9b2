import type { StoreContext } from './context'
import { asSeparateClient, mergeClient, samePerson } from './import-merge'
import type { ClientDocument } from './kinds'
import { relPath } from './layout'
import { sameContent } from './transfer-format'

export interface ImportOutcome {
  outcome: 'added' | 'same' | 'merged' | 'different-person'
  /** The record as it now stands here (under a new id for a different person). */
  doc: ClientDocument
  copies: string[]
}

/** Batches written at once: the next batch is read, merged and sealed while the last one's fsyncs run. */
const writesInFlight = 2

/**
 * Writes an import's client records in batches, under the store's exclusive lock. Each record
 * is added, or merged by id into the one here (see mergeClient); a different person under the
 * same id is added as a client of their own. `onDisk` holds the ids with a document here (read
 * once per import), so a new client costs no read; a record listed twice merges into what an
 * earlier batch, perhaps still being written, holds for it.
 */
export class ClientImportBatches {
  private readonly writing: { ids: Map<string, ClientDocument>; done: Promise<void> }[] = []

  constructor(
    private readonly ctx: StoreContext,
    private readonly day: string,
    private readonly onDisk: Set<string>
  ) {}

  /** Merges a batch of validated records and starts writing it; says what happened to each record once merged. */
  async add(docs: readonly ClientDocument[]): Promise<ImportOutcome[]> {
    const toWrite = new Map<string, ClientDocument>()
    /** Records added as read from the file, already validated: only merged records are checked again. */
    const asRead = new Set<ClientDocument>()
    const outcomes: ImportOutcome[] = []
    for (const doc of docs) {
      const outcome = this.merge(doc, await this.current(doc.client.id, toWrite))
      if (outcome.outcome === 'added') asRead.add(outcome.doc)
      if (outcome.outcome !== 'same') {
        toWrite.set(outcome.doc.client.id, outcome.doc)
        this.onDisk.add(outcome.doc.client.id)
      }
      outcomes.push(outcome)
    }
    // A record also in a batch still being written waits for it: two writes of one file could land in either order.
    const rewrites = (w: { ids: Map<string, ClientDocument> }) => [...toWrite.keys()].some((id) => w.ids.has(id))
    while (this.writing.length >= writesInFlight || this.writing.some(rewrites)) await this.settleOldest()
    const done = this.ctx.docs.saveMany(this.ctx.kinds.client, [...toWrite].map(([id, value]) => ({ rel: relPath.client(id), value, checked: asRead.has(value) })))
    done.catch(() => undefined) // awaited in turn; a failure surfaces there, never as an unhandled rejection
    this.writing.push({ ids: toWrite, done })
    return outcomes
  }

  /** Waits for every batch; the first failure is thrown once all have settled. */
  async finish(): Promise<void> {
    const results = await Promise.allSettled(this.writing.map((w) => w.done))
    this.writing.length = 0
    const failed = results.find((r) => r.status === 'rejected')
    if (failed) throw failed.reason
  }

  private async settleOldest(): Promise<void> {
    try {
      await this.writing[0]!.done
      this.writing.shift()
    } catch (error) {
      await this.finish().catch(() => undefined)
      throw error
    }
  }

  private async current(id: string, batch: Map<string, ClientDocument>): Promise<ClientDocument | null> {
    const pending = batch.get(id) ?? this.writing.findLast((w) => w.ids.has(id))?.ids.get(id)
    if (pending) return pending
    return this.onDisk.has(id) ? this.ctx.docs.load(this.ctx.kinds.client, relPath.client(id)) : null
  }

  private merge(doc: ClientDocument, existing: ClientDocument | null): ImportOutcome {
    if (!existing) return { outcome: 'added', doc, copies: [] }
    if (!samePerson(existing.client, doc.client)) return { outcome: 'different-person', doc: asSeparateClient(doc), copies: [] }
    const merged = mergeClient(existing, doc, this.day)
    // What the other computer remembers of the records' past alone is no reason to write.
    if (sameContent({ ...merged.doc, lineage: undefined }, { ...existing, lineage: undefined })) return { outcome: 'same', doc: existing, copies: merged.copies }
    return { outcome: 'merged', doc: merged.doc, copies: merged.copies }
  }
}
