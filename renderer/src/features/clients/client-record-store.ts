import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ApiError, ApiResult } from '../../../../shared/ipc/result'
import type { ClientRecord } from '../../../../shared/ipc/store-types'
import { api } from '../../api'

/** The open client's record (details, screenings, plans), reloaded after each change. */
export const useClientRecordStore = defineStore('client-record', () => {
  const record = ref<ClientRecord>()
  const error = ref<ApiError>()
  const clientId = ref<string>()
  const latestScreening = computed(() =>
    [...(record.value?.screenings ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))[0]
  )

  async function load(id: string) {
    if (clientId.value !== id) record.value = undefined
    clientId.value = id
    const result = await api().getClient(id)
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

  return { record, error, clientId, latestScreening, load, change }
})
