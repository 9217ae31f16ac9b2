import { chmodSync, mkdirSync } from 'node:fs'
import type { Template } from '../../shared/domain/template'
import { noDesktop, type Desktop } from './desktop'
import { createHandoutService, sweepPrintLeftovers, type HandoutService } from './handout-service'
import type { KeyVault } from './store/crypto/key-vault'
import { createStore, type Store } from './store/store'
import { createTemplateService, type TemplateService } from './template-service'
import { createCustomExerciseService, type CustomExerciseService } from './custom-exercise-service'

/**
 * Everything the handlers need, built without Electron so that tests and the
 * e2e harness run the very same services in plain Node.
 */
export interface ServiceConfig {
  dataDir: string
  appName: string
  appVersion: string
  /** Templates shipped with the app (data/templates.json), listed read-only. */
  builtInTemplates?: Template[] | (() => Template[])
  /** The OS keychain that keeps the practice key (Electron safeStorage in the app, a stand-in in tests). */
  vault: KeyVault
}

export interface Services {
  config: ServiceConfig
  store: Store
  desktop: Desktop
  handouts: HandoutService
  templates: TemplateService
  customExercises: CustomExerciseService
}

export function createServices(config: ServiceConfig, desktop: Desktop = noDesktop): Services {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 })
  if (process.platform !== 'win32') chmodSync(config.dataDir, 0o700)
  const store = createStore({ dataDir: config.dataDir, builtInTemplates: config.builtInTemplates, vault: config.vault })
  void sweepPrintLeftovers()
  const customExercises = createCustomExerciseService(store)
  return {
    config, store, desktop,
    handouts: createHandoutService(store, desktop, customExercises),
    templates: createTemplateService(store, desktop),
    customExercises
  }
}
