import { onMounted, onUnmounted, ref } from 'vue'
import { useRouter } from 'vue-router'
import type { StoreNotice } from '../../../shared/ipc/store-types'
import { api } from '../api'

/**
 * What the store repaired on its own, until the clinician dismisses it. Read again after each
 * move between pages: opening a record may be what found it damaged.
 */
export function useStoreNotices() {
  const notices = ref<StoreNotice[]>([])
  async function refresh() {
    const result = await api().getStoreNotices()
    if (result.ok) notices.value = result.value
  }
  onMounted(refresh)
  const stopWatching = useRouter()?.afterEach(() => void refresh())
  onUnmounted(() => stopWatching?.())
  async function dismiss(id: string) {
    const result = await api().dismissStoreNotice(id)
    if (result.ok) notices.value = notices.value.filter((n) => n.id !== id)
  }
  return { notices, dismiss }
}
