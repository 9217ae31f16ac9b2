import { onMounted, onUnmounted, ref } from 'vue'
import { useRouter } from 'vue-router'
import type { StoreNotice } from '../../../shared/ipc/store-types'
import { api } from '../api'

// One list for the whole page: whoever learns that main may have raised a notice refreshes it.
const notices = ref<StoreNotice[]>([])

/** Reads the notices again; opening a record may be what found it damaged (and salvaged it). */
export async function refreshStoreNotices(): Promise<void> {
  try {
    const result = await api().getStoreNotices()
    if (result.ok) notices.value = result.value
  } catch {
    // a failed refresh keeps the list already shown
  }
}

/** What the store repaired on its own, until the clinician dismisses it; read again after each page move. */
export function useStoreNotices() {
  onMounted(refreshStoreNotices)
  const stopWatching = useRouter()?.afterEach(() => void refreshStoreNotices())
  onUnmounted(() => stopWatching?.())
  async function dismiss(id: string) {
    const result = await api().dismissStoreNotice(id)
    if (result.ok) notices.value = notices.value.filter((n) => n.id !== id)
  }
  return { notices, dismiss }
}
