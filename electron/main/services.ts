import { mkdirSync } from 'node:fs'
import type { Template } from '../../shared/domain/template'
import { createStore, type Store } from './store/store'

/**
 * Everything the handlers need, built without Electron so that tests and the
 * e2e harness run the very same services in plain Node.
 */
export interface ServiceConfig {
  dataDir: string
  appName: string
  appVersion: string
  /** Templates shipped with the app (data/templates.json), listed read-only. */
  builtInTemplates?: Template[]
}

export interface Services {
  config: ServiceConfig
  store: Store
}

export function createServices(config: ServiceConfig): Services {
  mkdirSync(config.dataDir, { recursive: true })
  return { config, store: createStore({ dataDir: config.dataDir, builtInTemplates: config.builtInTemplates }) }
}
