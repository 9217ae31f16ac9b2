import { ref, shallowRef, watch } from 'vue'
import type { ApiError } from '../../../../shared/ipc/result'
import type { ClientSummary } from '../../../../shared/ipc/store-types'
import { api } from '../../api'

/**
 * The first clients matching what is typed (name or date of birth), searched and paged by main as
 * on the Clients page: choosing a client never fetches the whole practice.
 */
export function useClientSearch(limit = 20) {
  const text = ref('')
  const found = shallowRef<ClientSummary[]>([])
  /** Current clients matching the text; more than `found` holds when the text is short. */
  const total = ref(0)
  /** Clients stored at all: none means there is no one to choose. */
  const stored = ref<number>()
  const error = ref<ApiError>()
  /** Bumped on every search, so a late answer to an older text is dropped. */
  let generation = 0

  async function search() {
    const mine = ++generation
    const result = await api().pageClients({ text: text.value.trim() || undefined, offset: 0, limit })
    if (mine !== generation) return
    if (!result.ok) return void (error.value = result.error)
    error.value = undefined
    found.value = result.value.items
    total.value = result.value.total
    stored.value = result.value.stored
  }

  watch(text, search)
  return { text, found, total, stored, error, search }
}
