import type { Handlers } from '../dispatcher'
import type { Services } from '../services'

type PrivacyMethods = 'getPrivacyStatus' | 'unlockRecords' | 'setPassphrase' | 'newRecoveryKey' | 'takeRecoveryKey' | 'getRetention' | 'saveRetention'

export function privacyHandlers({ store }: Services): Pick<Handlers, PrivacyMethods> {
  return {
    getPrivacyStatus: () => store.privacy.status(),
    unlockRecords: (secret) => store.privacy.unlock(secret),
    setPassphrase: (passphrase) => store.privacy.setPassphrase(passphrase),
    newRecoveryKey: () => store.privacy.newRecoveryKey(),
    takeRecoveryKey: () => store.privacy.takeRecoveryKey(),
    getRetention: () => store.privacy.getRetention(),
    saveRetention: (retention) => store.privacy.saveRetention(retention)
  }
}
