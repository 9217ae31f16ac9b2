import { onMounted, ref } from 'vue'
import type { ApiError, ApiResult } from '../../../../shared/ipc/result'
import type { BackupInfo, ImportReport } from '../../../../shared/ipc/store-types'
import { api } from '../../api'

/** Backups, restore and whole-practice export / import, with the outcome of the last action. */
export function useBackups() {
  const backups = ref<BackupInfo[]>([])
  const busy = ref(false)
  const error = ref<ApiError>()
  const done = ref<{ kind: 'backup' | 'restore' | 'export' | 'import'; detail?: string; report?: ImportReport }>()

  async function reload() {
    const result = await api().listBackups()
    if (result.ok) backups.value = result.value
    else error.value = result.error
  }

  async function run<T>(call: () => Promise<ApiResult<T>>, onDone: (value: T) => void) {
    busy.value = true
    error.value = undefined
    done.value = undefined
    const result = await call()
    busy.value = false
    if (!result.ok) return void (error.value = result.error)
    onDone(result.value)
    await reload()
  }

  onMounted(reload)
  return {
    backups,
    busy,
    error,
    done,
    backupNow: () => run(() => api().backupNow(), () => (done.value = { kind: 'backup' })),
    restore: (id: string) => run(() => api().restoreBackup(id), () => (done.value = { kind: 'restore' })),
    exportAll: (passphrase: string) => run(() => api().exportAll(passphrase), (value) => { if (value) done.value = { kind: 'export', detail: value.filePath } }),
    importAll: (passphrase: string) => run(() => api().importAll(passphrase || undefined), (value) => { if (value) done.value = { kind: 'import', report: value } })
  }
}
