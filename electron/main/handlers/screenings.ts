import type { Handlers } from '../dispatcher'
import type { Services } from '../services'

export function screeningHandlers({ store }: Services): Pick<Handlers, 'listScreenings' | 'saveScreening' | 'recordDecision'> {
  return {
    listScreenings: (clientId) => store.screenings.list(clientId),
    saveScreening: (clientId, input) => store.screenings.save(clientId, input),
    recordDecision: (clientId, choice) => store.decisions.record(clientId, choice)
  }
}
