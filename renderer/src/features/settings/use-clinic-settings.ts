import { computed, onMounted, ref } from 'vue'
import { defaultSettings, type Settings } from '../../../../shared/domain/settings'
import type { ApiError } from '../../../../shared/ipc/result'
import { api, plain } from '../../api'

type Editable = Omit<Settings, 'schemaVersion' | 'logoFile'>

/** The clinic details printed on every handout, and the handout defaults. */
export function useClinicSettings() {
  const hasLogo = ref(false)
  const form = ref<Editable>(editable(defaultSettings))
  const state = ref<'loading' | 'idle' | 'saving' | 'saved'>('loading')
  const error = ref<ApiError>()
  const fieldErrors = computed(() => Object.fromEntries((error.value?.issues ?? []).map((i) => [i.path.replace(/^0\./, ''), i.message])))

  function editable({ schemaVersion: _v, logoFile, ...rest }: Settings): Editable {
    hasLogo.value = logoFile !== null
    return structuredClone(rest)
  }

  async function apply(call: Promise<{ ok: true; value: Settings } | { ok: false; error: ApiError }>) {
    state.value = 'saving'
    const result = await call
    if (result.ok) {
      form.value = editable(result.value)
      error.value = undefined
      state.value = 'saved'
    } else {
      error.value = result.error
      state.value = 'idle'
    }
  }

  onMounted(async () => {
    const result = await api().getSettings()
    if (result.ok) form.value = editable(result.value)
    else error.value = result.error
    state.value = 'idle'
  })

  return {
    form,
    hasLogo,
    state,
    error,
    fieldErrors,
    save: () => apply(api().saveSettings(plain(form.value))),
    async setLogo(file: File) {
      await apply(api().setClinicLogo({ bytes: new Uint8Array(await file.arrayBuffer()) }))
    },
    removeLogo: () => apply(api().setClinicLogo(null))
  }
}
