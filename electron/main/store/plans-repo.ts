import { randomUUID } from 'node:crypto'
import { planSchema, type Plan } from '../../../shared/domain/plan'
import { planInputSchema, type PlanInput } from '../../../shared/ipc/store-types'
import type { ClientDocuments } from './client-documents'
import type { StoreContext } from './context'
import { notFound } from './documents'

/** A client's plans, stored in the client's document. */
export class PlansRepo {
  constructor(
    private readonly ctx: StoreContext,
    private readonly clients: ClientDocuments
  ) {}

  async list(clientId: string): Promise<Plan[]> {
    return (await this.clients.read(clientId)).plans
  }

  create(clientId: string, input: PlanInput): Promise<Plan> {
    const now = this.ctx.now().toISOString()
    const plan = planSchema.parse({ ...planInputSchema.parse(input), id: randomUUID(), schemaVersion: 1, clientId, createdAt: now, updatedAt: now })
    return this.clients.change(clientId, (doc) => ({ doc: { ...doc, plans: [...doc.plans, plan] }, result: plan }))
  }

  save(clientId: string, planId: string, input: PlanInput): Promise<Plan> {
    const fields = planInputSchema.parse(input)
    return this.clients.change(clientId, (doc) => {
      const existing = doc.plans.find((p) => p.id === planId)
      if (!existing) throw notFound('this plan')
      const plan = planSchema.parse({ ...existing, ...fields, updatedAt: this.ctx.now().toISOString() })
      return { doc: { ...doc, plans: doc.plans.map((p) => (p.id === planId ? plan : p)) }, result: plan }
    })
  }

  delete(clientId: string, planId: string): Promise<void> {
    return this.clients.change(clientId, (doc) => {
      if (!doc.plans.some((p) => p.id === planId)) throw notFound('this plan')
      return { doc: { ...doc, plans: doc.plans.filter((p) => p.id !== planId) }, result: undefined }
    })
  }
}
