import { randomUUID } from 'node:crypto'
import { screeningSchema, type Screening } from '../../../shared/domain/screening'
import { screeningInputSchema, type ScreeningInput } from '../../../shared/ipc/store-types'
import { screen } from '../../../shared/safety'
import type { ClientDocuments } from './client-documents'
import type { StoreContext } from './context'

/** Screenings are records of what was asked and concluded on a day: added, never edited. */
export class ScreeningsRepo {
  constructor(
    private readonly ctx: StoreContext,
    private readonly clients: ClientDocuments
  ) {}

  async list(clientId: string): Promise<Screening[]> {
    return (await this.clients.read(clientId)).screenings
  }

  /** The outcome is worked out here from the answers and the client's record, never taken from the page. */
  save(clientId: string, input: ScreeningInput): Promise<Screening> {
    const fields = screeningInputSchema.parse(input)
    return this.clients.change(clientId, (doc) => {
      const screening = screeningSchema.parse({
        ...fields,
        outcome: screen(fields.answers, doc.client, fields.date),
        id: randomUUID(),
        schemaVersion: 1,
        clientId,
        createdAt: this.ctx.now().toISOString()
      })
      return { doc: { ...doc, screenings: [...doc.screenings, screening] }, result: screening }
    })
  }
}
