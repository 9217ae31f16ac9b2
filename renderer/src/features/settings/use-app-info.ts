import { onMounted, ref } from 'vue'
import type { AppInfo } from '../../../../shared/ipc/app-info'
import type { ApiError } from '../../../../shared/ipc/result'
import { api } from '../../api'

export function useAppInfo() {
  const info = ref<AppInfo>()
  const error = ref<ApiError>()
  onMounted(async () => {
    const result = await api().getAppInfo()
    if (result.ok) info.value = result.value
    else error.value = result.error
  })
  return { info, error }
}
