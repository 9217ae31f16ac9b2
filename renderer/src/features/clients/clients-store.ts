import { defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import type { ApiError } from '../../../../shared/ipc/result'
import type { ClientInput, ClientSummary } from '../../../../shared/ipc/store-types'
import { api, plain } from '../../api'
import { ask } from '../../early-answers'
import { clientPageQuery, clientPageSize, openingView, type ClientsShown, type ClientsSort } from './client-page-query'

/**
 * The client list, searched, sorted and paged by main. The page holds only the pages of rows it
 * has been asked to show (`ensure`), so ten thousand clients cost what one screen costs.
 */
export const useClientsStore = defineStore('clients', () => {
  /** Loaded rows by position in the current result; a missing position is still being fetched. */
  const rows = shallowRef(new Map<number, ClientSummary>())
  const total = ref(0)
  /** Clients stored at all, archived included: an empty result is then not an empty practice. */
  const stored = ref(0)
  const text = ref<string>(openingView.text)
  const shown = ref<ClientsShown>(openingView.shown)
  const sort = ref<ClientsSort>(openingView.sort)
  const loaded = ref(false)
  const error = ref<ApiError>()
  /** Bumped on every new query, so a late answer to an old one is dropped. */
  let generation = 0
  const requested = new Set<number>()

  async function fetchPage(page: number, mine: number, fresh: boolean) {
    requested.add(page)
    const result = await ask('pageClients', clientPageQuery(text.value, shown.value, sort.value, page))
    if (mine !== generation) return
    loaded.value = true
    if (!result.ok) {
      requested.delete(page)
      return void (error.value = result.error)
    }
    error.value = undefined
    // A new query replaces the rows only when its first page arrives, so the list never flashes empty.
    const next = fresh ? new Map<number, ClientSummary>() : new Map(rows.value)
    result.value.items.forEach((summary, i) => next.set(result.value.offset + i, summary))
    rows.value = next
    total.value = result.value.total
    stored.value = result.value.stored
  }

  /** Starts the query again from its first page (after a change of search, filter or sort). */
  function load() {
    requested.clear()
    return fetchPage(0, ++generation, true)
  }

  /** Fetches whatever pages cover rows first..last that are not loaded or on their way. */
  function ensure(first: number, last: number) {
    const fetches: Promise<void>[] = []
    for (let page = Math.floor(Math.max(first, 0) / clientPageSize); page <= Math.floor(last / clientPageSize); page++) {
      if (page * clientPageSize < total.value && !requested.has(page)) fetches.push(fetchPage(page, generation, false))
    }
    return Promise.all(fetches)
  }

  async function create(input: ClientInput) {
    const result = await api().createClient(plain(input))
    if (result.ok) await load()
    return result
  }

  watch([text, shown, sort], load)
  return { rows, total, stored, text, shown, sort, loaded, error, load, ensure, create }
})
