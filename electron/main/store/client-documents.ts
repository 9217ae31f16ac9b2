import { join } from 'node:path'
import { syncDirectory } from './atomic-write'
import { summarize } from './client-summary'
import type { StoreContext } from './context'
import { notFound } from './documents'
import { isMissing } from './fs-port'
import { saveError } from './io-errors'
import type { ClientDocument } from './kinds'
import { relPath } from './layout'
import { asSeparateClient, mergeClient, samePerson } from './import-merge'
import { sameContent } from './transfer-format'

export interface ImportOutcome {
  outcome: 'added' | 'same' | 'merged' | 'different-person'
  /** The record as it now stands here (under a new id for a different person). */
  doc: ClientDocument
  copies: string[]
}

/**
 * Reading and changing one client's document. Changes to one client run one at a time
 * (read, change, write), so concurrent saves never lose each other's work.
 */
export class ClientDocuments {
  constructor(private readonly ctx: StoreContext) {}

  async read(id: string): Promise<ClientDocument> {
    const doc = await this.ctx.docs.load(this.ctx.kinds.client, relPath.client(id))
    if (!doc) throw notFound('this client')
    return doc
  }

  change<T>(id: string, edit: (doc: ClientDocument) => { doc: ClientDocument; result: T }): Promise<T> {
    return this.exclusiveTo(id, async () => {
      const { doc, result } = edit(await this.read(id))
      await this.ctx.docs.save(this.ctx.kinds.client, relPath.client(id), doc)
      return { result, summary: summarize(doc) }
    })
  }

  create(doc: ClientDocument): Promise<void> {
    return this.exclusiveTo(doc.client.id, async () => {
      await this.ctx.docs.save(this.ctx.kinds.client, relPath.client(doc.client.id), doc)
      return { result: undefined, summary: summarize(doc) }
    })
  }

  /**
   * For imports, under the store's exclusive lock (the caller updates the list): adds the
   * record, or merges it by id into the one here (see mergeClient). A different person under
   * the same id is added as a client of their own. Says what happened.
   */
  importRecord(doc: ClientDocument, day: string): Promise<ImportOutcome> {
    // Per client, one at a time (a file that lists a client twice merges both in turn).
    return this.ctx.queue.run(`client:${doc.client.id}`, async () => {
      const save = async (outcome: ImportOutcome['outcome'], value: ClientDocument, copies: string[] = []): Promise<ImportOutcome> => {
        await this.ctx.docs.save(this.ctx.kinds.client, relPath.client(value.client.id), value)
        return { outcome, doc: value, copies }
      }
      const existing = await this.ctx.docs.load(this.ctx.kinds.client, relPath.client(doc.client.id))
      if (!existing) return save('added', doc)
      if (!samePerson(existing.client, doc.client)) return save('different-person', asSeparateClient(doc))
      const merged = mergeClient(existing, doc, day)
      if (sameContent(merged.doc, existing)) return { outcome: 'same', doc: existing, copies: merged.copies }
      return save('merged', merged.doc, merged.copies)
    })
  }

  remove(id: string): Promise<void> {
    return this.exclusiveTo(id, async () => {
      const file = join(this.ctx.dirs.live, relPath.client(id))
      await this.ctx.fs.stat(file).catch((error: unknown) => {
        throw isMissing(error) ? notFound('this client') : saveError(error)
      })
      // The key goes first: from then on no copy of this record, live or in a backup, can be read.
      await this.ctx.keyring?.destroy(id)
      this.ctx.docs.forget(relPath.client(id))
      try {
        await this.ctx.fs.unlink(file)
      } catch (error) {
        if (isMissing(error)) throw notFound('this client')
        throw saveError(error)
      }
      await syncDirectory(this.ctx.fs, join(this.ctx.dirs.live, 'clients'))
      return { result: undefined, summary: null }
    })
  }

  private exclusiveTo<T>(id: string, work: () => Promise<{ result: T; summary: ReturnType<typeof summarize> | null }>): Promise<T> {
    return this.ctx.write(() => this.ctx.queue.run(`client:${id}`, () => this.ctx.index.change(id, work)))
  }
}
