import { computed, ref, type Ref } from 'vue'
import type { ApiError } from '../../../../shared/ipc/result'
import type { ClientRecord } from '../../../../shared/ipc/store-types'
import { api, plain } from '../../api'
import { useClientRecordStore } from '../clients/client-record-store'
import { newestFirst } from './screening-view'
import type { ScreeningForm } from './use-screening-form'

/** The client's saved screenings, which one is open read-only, and saving a new one. */
export function useScreeningRecord(record: Ref<ClientRecord>, form: ScreeningForm) {
  const store = useClientRecordStore()
  const history = computed(() => [...record.value.screenings].sort(newestFirst))
  const selectedId = ref<string>()
  const selected = computed(() => history.value.find((s) => s.id === selectedId.value))
  const saving = ref(false)
  const error = ref<ApiError>()
  const savedDate = ref<string>()

  async function save() {
    if (form.dateError.value || form.pending.value || saving.value) return
    saving.value = true
    savedDate.value = undefined
    const result = await store.change(api().saveScreening(record.value.client.id, plain(form.toInput())))
    saving.value = false
    if (!result.ok) return void (error.value = result.error)
    error.value = undefined
    savedDate.value = result.value.date
    form.reset()
    selectedId.value = result.value.id
  }

  const select = (id: string | undefined) => {
    savedDate.value = undefined
    selectedId.value = id
  }

  return { history, selectedId, selected, saving, error, savedDate, save, select }
}
