import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type { ApiError } from '../../../../shared/ipc/result'
import type { ClientInput, ClientSummary } from '../../../../shared/ipc/store-types'
import { api, plain } from '../../api'

export type ClientsShown = 'current' | 'all' | 'archived'
export type ClientsSort = 'name' | 'last-seen'

/** The client list, searched and sorted by main: search, which clients, order, and creating a client. */
export const useClientsStore = defineStore('clients', () => {
  const clients = ref<ClientSummary[]>([])
  const text = ref('')
  const shown = ref<ClientsShown>('current')
  const sort = ref<ClientsSort>('name')
  const loaded = ref(false)
  /** Whether archived clients exist while none is shown: the list is then not truly empty. */
  const hasHidden = ref(false)
  const error = ref<ApiError>()
  let latest = 0

  async function load() {
    const mine = ++latest
    const result = await api().listClients({ text: text.value.trim() || undefined, includeArchived: shown.value === 'all', archivedOnly: shown.value === 'archived', sort: sort.value })
    if (mine !== latest) return
    loaded.value = true
    if (!result.ok) return void (error.value = result.error)
    clients.value = result.value
    error.value = undefined
    if (result.value.length === 0 && shown.value === 'current') {
      const all = await api().listClients({ includeArchived: true })
      hasHidden.value = all.ok && all.value.length > 0
    }
  }

  async function create(input: ClientInput) {
    const result = await api().createClient(plain(input))
    if (result.ok) await load()
    return result
  }

  watch([text, shown, sort], load)
  return { clients, text, shown, sort, loaded, hasHidden, error, load, create }
})
