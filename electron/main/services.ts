import { mkdirSync } from 'node:fs'

/**
 * Everything the handlers need, built without Electron so that tests and the
 * e2e harness run the very same services in plain Node.
 */
export interface ServiceConfig {
  dataDir: string
  appName: string
  appVersion: string
}

export interface Services {
  config: ServiceConfig
}

export function createServices(config: ServiceConfig): Services {
  mkdirSync(config.dataDir, { recursive: true })
  return { config }
}
