import type { Handlers } from '../dispatcher'
import type { Services } from '../services'
import { appHandlers } from './app'

/** Handlers only delegate to services; each area adds its own group here. */
export function createHandlers(services: Services): Handlers {
  return {
    ...appHandlers(services)
  }
}
