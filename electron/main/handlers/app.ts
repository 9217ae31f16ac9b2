import type { Services } from '../services'
import type { Handlers } from '../dispatcher'

export function appHandlers({ config }: Services): Pick<Handlers, 'getAppInfo'> {
  return {
    getAppInfo: () => ({ name: config.appName, version: config.appVersion, dataDir: config.dataDir })
  }
}
