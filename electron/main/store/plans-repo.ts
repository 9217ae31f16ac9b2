import { randomUUID } from 'node:crypto'
import type { Exercise } from '../../../shared/domain/exercise'
import { planSchema, type Plan } from '../../../shared/domain/plan'
import { AppError } from '../../../shared/ipc/result'
import { planInputSchema, type PlanInput } from '../../../shared/ipc/store-types'
import { planProblems } from '../../../shared/safety'
import type { ClientDocuments } from './client-documents'
import type { StoreContext } from './context'
import { notFound } from './documents'
import type { ClientDocument } from './kinds'

export type ExerciseLookup = () => Promise<(id: string) => Exercise | undefined>

/** A client's plans, stored in the client's document. */
export class PlansRepo {
  constructor(
    private readonly ctx: StoreContext,
    private readonly clients: ClientDocuments,
    private readonly exercises: ExerciseLookup
  ) {}

  async list(clientId: string): Promise<Plan[]> {
    return (await this.clients.read(clientId)).plans
  }

  async create(clientId: string, input: PlanInput): Promise<Plan> {
    const fields = planInputSchema.parse(input)
    const exerciseOf = this.lookUpExercises()
    const now = this.ctx.now().toISOString()
    return this.clients.change(clientId, async (doc) => {
      refuseProblems(fields, doc, await exerciseOf)
      const plan = planSchema.parse({ ...fields, id: randomUUID(), schemaVersion: 1, clientId, createdAt: now, updatedAt: now })
      return { doc: { ...doc, plans: [...doc.plans, plan] }, result: plan }
    })
  }

  async save(clientId: string, planId: string, input: PlanInput): Promise<Plan> {
    const fields = planInputSchema.parse(input)
    const exerciseOf = this.lookUpExercises()
    return this.clients.change(clientId, async (doc) => {
      const existing = doc.plans.find((p) => p.id === planId)
      if (!existing) throw notFound('this plan')
      refuseProblems(fields, doc, await exerciseOf)
      const plan = planSchema.parse({ ...existing, ...fields, updatedAt: this.ctx.now().toISOString() })
      return { doc: { ...doc, plans: doc.plans.map((p) => (p.id === planId ? plan : p)) }, result: plan }
    })
  }

  /** The library, looked up while the client's record is read rather than before. */
  private lookUpExercises(): Promise<(id: string) => Exercise | undefined> {
    const lookup = this.exercises()
    lookup.catch(() => undefined) // reported by the edit that waits for it; unhandled if the record was never read
    return lookup
  }

  /** Records that the plan's handout was saved or printed on `day`: it has been given to the patient. */
  markGiven(clientId: string, planId: string, day: string): Promise<Plan> {
    return this.clients.change(clientId, (doc) => {
      const existing = doc.plans.find((p) => p.id === planId)
      if (!existing) throw notFound('this plan')
      const plan = planSchema.parse({ ...existing, givenToPatientOn: day })
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

/** Checked against the client as stored, never as the page describes it. */
function refuseProblems(plan: Pick<Plan, 'items'>, doc: ClientDocument, exerciseOf: (id: string) => Exercise | undefined): void {
  const problems = planProblems(plan, doc.client.conditions, exerciseOf)
  if (problems.length > 0) throw new AppError('invalid-input', 'This plan was not saved: ' + problems[0]!.message + '.', problems)
}
