import { ref } from 'vue'
import type { PrivacyStatus, Retention, UnlockSecret } from '../../../../shared/ipc/privacy-contract'
import type { ApiError, ApiResult } from '../../../../shared/ipc/result'
import { api } from '../../api'
import { ask } from '../../early-answers'

/**
 * How the records are protected, the lock screen and the key actions, with one busy/error
 * helper. The recovery key is held here only until the clinician says it is kept safe.
 */
export function usePrivacy() {
  const status = ref<PrivacyStatus>()
  const busy = ref(false)
  const error = ref<ApiError>()
  const recoveryKey = ref<string | null>(null)
  const passphraseSaved = ref(false)
  const retention = ref<Retention>()
  const retentionSaved = ref(false)

  async function change<T>(call: () => Promise<ApiResult<T>>, onDone: (value: T) => void = () => undefined): Promise<boolean> {
    busy.value = true
    error.value = undefined
    const result = await call()
    busy.value = false
    if (!result.ok) return (error.value = result.error), false
    onDone(result.value)
    return true
  }

  const setStatus = (value: PrivacyStatus) => (status.value = value)
  const load = () => change(() => ask('getPrivacyStatus'), setStatus)
  /** The recovery key made at set-up, if it has not been shown yet. */
  const takeRecoveryKey = () => change(() => ask('takeRecoveryKey'), (key) => (recoveryKey.value = key))

  return {
    status,
    busy,
    error,
    recoveryKey,
    passphraseSaved,
    load,
    takeRecoveryKey,
    unlock: async (secret: UnlockSecret) => (await change(() => api().unlockRecords(secret), setStatus)) && (await takeRecoveryKey()),
    setPassphrase: (passphrase: string) =>
      change(() => api().setPassphrase(passphrase), (value) => ((status.value = value), (passphraseSaved.value = true))),
    newRecoveryKey: () => change(() => api().newRecoveryKey(), (key) => (recoveryKey.value = key)),
    recoveryKeyKept: () => (recoveryKey.value = null),
    retention,
    retentionSaved,
    loadRetention: () => change(() => api().getRetention(), (value) => (retention.value = value)),
    saveRetention: (value: Retention) =>
      change(() => api().saveRetention({ ...value }), (saved) => ((retention.value = saved), (retentionSaved.value = true)))
  }
}
