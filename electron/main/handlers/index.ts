import type { Handlers } from '../dispatcher'
import type { Services } from '../services'
import { appHandlers } from './app'
import { backupHandlers } from './backups'
import { clientHandlers } from './clients'
import { customExerciseHandlers } from './customExercises'
import { handoutHandlers } from './handout'
import { planHandlers } from './plans'
import { privacyHandlers } from './privacy'
import { screeningHandlers } from './screenings'
import { settingsHandlers } from './settings'
import { templateHandlers } from './templates'

/** Handlers only delegate to services; each area adds its own group here. */
export function createHandlers(services: Services): Handlers {
  return {
    ...appHandlers(services),
    ...clientHandlers(services),
    ...screeningHandlers(services),
    ...planHandlers(services),
    ...templateHandlers(services),
    ...customExerciseHandlers(services),
    ...settingsHandlers(services),
    ...backupHandlers(services),
    ...handoutHandlers(services),
    ...privacyHandlers(services)
  }
}
