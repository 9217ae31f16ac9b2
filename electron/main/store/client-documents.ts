import { join } from 'node:path'
import { syncDirectory } from './atomic-write'
import { summarize } from './client-summary'
import type { StoreContext } from './context'
import { notFound } from './documents'
import { isMissing, listIfExists } from './fs-port'
import { saveError } from './io-errors'
import type { ClientDocument } from './kinds'
import { clientIdFromFile, relPath } from './layout'
import { withLineage } from './lineage'

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

  change<T>(id: string, edit: (doc: ClientDocument) => { doc: ClientDocument; result: T } | Promise<{ doc: ClientDocument; result: T }>): Promise<T> {
    return this.exclusiveTo(id, async (log) => {
      const before = await this.read(id)
      const { doc: edited, result } = await edit(before)
      const doc = withLineage(before, edited)
      await this.ctx.docs.save(this.ctx.kinds.client, relPath.client(id), doc, { log })
      return { result, summary: summarize(doc) }
    })
  }

  create(doc: ClientDocument): Promise<void> {
    return this.exclusiveTo(doc.client.id, async (log) => {
      await this.ctx.docs.save(this.ctx.kinds.client, relPath.client(doc.client.id), doc, { log })
      return { result: undefined, summary: summarize(doc) }
    })
  }

  /** The ids that have a document in the clients folder. */
  async idsOnDisk(): Promise<Set<string>> {
    const names = await listIfExists(this.ctx.fs, join(this.ctx.dirs.live, 'clients'))
    return new Set(names.map(clientIdFromFile).filter((id): id is string => id !== null))
  }

  remove(id: string): Promise<void> {
    return this.exclusiveTo(id, async (log) => {
      await log() // voids the client's logged records, once they are on the disk on their own
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
      // Notices about the client name them (a damaged record, say): they go with the client, and
      // so do the damaged copies they point to (already unreadable once the key is gone).
      for (const { asideFile } of await this.ctx.notices.forgetClient(id)) {
        if (asideFile) await this.ctx.fs.unlink(asideFile).catch(() => undefined)
      }
      return { result: undefined, summary: null }
    })
  }

  /** `work` gets the pending log's append for this change, to make before the document changes on disk (see PendingLog.around). */
  private exclusiveTo<T>(id: string, work: (log: (bytes?: Uint8Array | null) => Promise<void>) => Promise<{ result: T; summary: ReturnType<typeof summarize> | null }>): Promise<T> {
    return this.ctx.write(() => this.ctx.queue.run(`client:${id}`, () => this.ctx.index.change(id, work)))
  }
}
