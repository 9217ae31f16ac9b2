import type { Handlers } from '../dispatcher'
import type { Services } from '../services'

export function planHandlers({ store }: Services): Pick<Handlers, 'listPlans' | 'createPlan' | 'savePlan' | 'deletePlan'> {
  return {
    listPlans: (clientId) => store.plans.list(clientId),
    createPlan: (clientId, input) => store.plans.create(clientId, input),
    savePlan: (clientId, planId, input) => store.plans.save(clientId, planId, input),
    deletePlan: (clientId, planId) => store.plans.delete(clientId, planId)
  }
}
