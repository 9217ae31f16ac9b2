import type { Handlers } from '../dispatcher'
import type { Services } from '../services'

type PrivacyMethods = 'getPrivacyStatus' | 'unlockRecords' | 'setPassphrase' | 'newRecoveryKey' | 'takeRecoveryKey'

export function privacyHandlers({ store }: Services): Pick<Handlers, PrivacyMethods> {
  return {
    getPrivacyStatus: () => store.privacy.status(),
    unlockRecords: (secret) => store.privacy.unlock(secret),
    setPassphrase: (passphrase) => store.privacy.setPassphrase(passphrase),
    newRecoveryKey: () => store.privacy.newRecoveryKey(),
    takeRecoveryKey: () => store.privacy.takeRecoveryKey()
  }
}
