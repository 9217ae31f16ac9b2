import { randomUUID } from 'node:crypto'
import { clientSchema, type Client } from '../../../shared/domain/client'
import { AppError } from '../../../shared/ipc/result'
import {
  clientInputSchema,
  clientPatchSchema,
  deleteConfirmation,
  type ClientInput,
  type ClientPage,
  type ClientPageQuery,
  type ClientPatch,
  type ClientRecord,
  type ClientSummary,
  type ListClientsQuery
} from '../../../shared/ipc/store-types'
import type { ClientDocuments } from './client-documents'
import { clientDocumentVersion } from './kinds'
import type { StoreContext } from './context'

/** The client lifecycle: create, update, archive, restore, delete permanently. */
export class ClientsRepo {
  constructor(
    private readonly ctx: StoreContext,
    private readonly clients: ClientDocuments
  ) {}

  list(query?: ListClientsQuery): ClientSummary[] {
    return this.ctx.index.list(query)
  }

  page(query: ClientPageQuery): ClientPage {
    return this.ctx.index.page(query)
  }

  async get(id: string): Promise<ClientRecord> {
    const { client, screenings, plans, decisions } = await this.clients.read(id)
    return { client, screenings, plans, decisions }
  }

  async create(input: ClientInput): Promise<Client> {
    const now = this.ctx.now().toISOString()
    const client = clientSchema.parse({ ...clientInputSchema.parse(input), id: randomUUID(), schemaVersion: 1, archived: false, createdAt: now, updatedAt: now })
    await this.clients.create({ schemaVersion: clientDocumentVersion, client, screenings: [], plans: [], decisions: [] })
    return client
  }

  update(id: string, patch: ClientPatch): Promise<Client> {
    const changes = clientPatchSchema.parse(patch)
    return this.edit(id, (client) => ({ ...client, ...changes }))
  }

  archive(id: string): Promise<Client> {
    return this.edit(id, (client) => ({ ...client, archived: true }))
  }

  restore(id: string): Promise<Client> {
    return this.edit(id, (client) => ({ ...client, archived: false }))
  }

  async delete(id: string, confirm: string): Promise<void> {
    if (confirm !== deleteConfirmation) {
      throw new AppError('invalid-input', 'Deleting a client needs explicit confirmation; nothing was deleted.')
    }
    await this.clients.remove(id)
  }

  private edit(id: string, change: (client: Client) => Client): Promise<Client> {
    return this.clients.change(id, (doc) => {
      const next = clientSchema.safeParse({ ...change(doc.client), updatedAt: this.ctx.now().toISOString() })
      if (!next.success) {
        throw new AppError('invalid-input', 'Some details are not valid.', next.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
      }
      return { doc: { ...doc, client: next.data }, result: next.data }
    })
  }
}
