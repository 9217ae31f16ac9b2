import { onMounted, ref } from 'vue'
import type { StoreNotice } from '../../../shared/ipc/store-types'
import { api } from '../api'

/** What the store repaired on its own, until the clinician dismisses it. */
export function useStoreNotices() {
  const notices = ref<StoreNotice[]>([])
  onMounted(async () => {
    const result = await api().getStoreNotices()
    if (result.ok) notices.value = result.value
  })
  async function dismiss(id: string) {
    const result = await api().dismissStoreNotice(id)
    if (result.ok) notices.value = notices.value.filter((n) => n.id !== id)
  }
  return { notices, dismiss }
}
