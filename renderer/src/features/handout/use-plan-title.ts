import { onMounted, ref } from 'vue'
import { api } from '../../api'

/** The title of a client's plan, for the handout page's heading (empty until read, or when the plan is gone). */
export function usePlanTitle(clientId: string, planId: string) {
  const title = ref('')
  onMounted(async () => {
    const result = await api().getClient(clientId)
    if (result.ok) title.value = result.value.plans.find((p) => p.id === planId)?.title ?? ''
  })
  return title
}
