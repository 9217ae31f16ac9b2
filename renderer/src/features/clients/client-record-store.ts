import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ApiError, ApiResult } from '../../../../shared/ipc/result'
import { deleteConfirmation, type ClientPatch, type ClientRecord, type PlanInput } from '../../../../shared/ipc/store-types'
import { api, plain } from '../../api'
import { refreshStoreNotices } from '../../ui/use-store-notices'

/** The open client's record (details, screenings, plans), reloaded after each change. */
export const useClientRecordStore = defineStore('client-record', () => {
  const record = ref<ClientRecord>()
  const error = ref<ApiError>()
  const clientId = ref<string>()
  /** The Profile tab has edits not saved yet (set by the tab, read before leaving it). */
  const profileDirty = ref(false)
  const latestScreening = computed(() =>
    [...(record.value?.screenings ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))[0]
  )

  async function load(id: string) {
    if (clientId.value !== id) record.value = undefined
    clientId.value = id
    const result = await api().getClient(id)
    void refreshStoreNotices() // reading a damaged record salvages it, with a notice to show
    if (clientId.value !== id) return
    if (!result.ok) return void (error.value = result.error)
    record.value = result.value
    error.value = undefined
  }

  /** Runs a change, then reloads the record so every tab sees the stored truth. */
  async function change<T>(call: Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    const result = await call
    if (result.ok && clientId.value) await load(clientId.value)
    return result
  }

  const id = () => clientId.value ?? ''
  return {
    record,
    error,
    clientId,
    profileDirty,
    latestScreening,
    load,
    change,
    update: (patch: ClientPatch) => change(api().updateClient(id(), plain(patch))),
    archive: () => change(api().archiveClient(id())),
    restore: () => change(api().restoreClient(id())),
    exportRecords: () => api().exportClient(id()),
    remove: () => api().deleteClient(id(), deleteConfirmation),
    createPlan: (input: PlanInput) => change(api().createPlan(id(), plain(input))),
    deletePlan: (planId: string) => change(api().deletePlan(id(), planId))
  }
})
