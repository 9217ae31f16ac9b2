import { onMounted, ref } from 'vue'
import type { ApiResult } from '../../../../shared/ipc/result'
import type { BackupInfo, ImportReport } from '../../../../shared/ipc/store-types'
import { api } from '../../api'
import { useAction } from '../../ui/use-action'

type Done = { kind: 'backup' | 'restore' | 'export' | 'import'; detail?: string; report?: ImportReport }

/** Backups, restore and whole-practice export / import, with the outcome of the last action. */
export function useBackups() {
  const backups = ref<BackupInfo[]>([])
  const action = useAction()
  const done = ref<Done>()

  async function reload() {
    const result = await api().listBackups()
    if (result.ok) backups.value = result.value
    else action.error.value = result.error
  }

  async function run<T>(call: () => Promise<ApiResult<T>>, outcome: (value: T) => Done | undefined) {
    done.value = undefined
    const result = await action.run(call)
    if (!result.ok) return
    done.value = outcome(result.value)
    await reload()
  }

  onMounted(reload)
  return {
    backups,
    busy: action.busy,
    error: action.error,
    done,
    backupNow: () => run(() => api().backupNow(), () => ({ kind: 'backup' })),
    restore: (id: string) => run(() => api().restoreBackup(id), () => ({ kind: 'restore' })),
    exportAll: (passphrase: string) => run(() => api().exportAll(passphrase), (value) => (value ? { kind: 'export', detail: value.filePath } : undefined)),
    importAll: (passphrase: string) => run(() => api().importAll(passphrase || undefined), (value) => (value ? { kind: 'import', report: value } : undefined))
  }
}
