import { computed, onMounted, ref } from 'vue'
import { defaultSettings, localeOf, type LocaleSettings, type Settings } from '../../../../shared/domain/settings'
import { api, plain } from '../../api'
import { useAction } from '../../ui/use-action'
import { useLocaleStore } from './locale-store'

type Editable = Omit<Settings, 'schemaVersion' | 'logoFile' | 'locale'> & { locale: LocaleSettings }

/** The clinic details printed on every handout, and the handout defaults. */
export function useClinicSettings() {
  const hasLogo = ref(false)
  const form = ref<Editable>(editable(defaultSettings))
  const loading = ref(true)
  const saved = ref(JSON.stringify(form.value))
  const action = useAction<'save' | 'logo'>()
  const dirty = computed(() => !loading.value && JSON.stringify(form.value) !== saved.value)

  function editable({ schemaVersion: _v, logoFile, ...rest }: Settings): Editable {
    hasLogo.value = logoFile !== null
    return structuredClone({ ...rest, locale: localeOf(rest) })
  }

  const localeStore = useLocaleStore()
  function loaded(settings: Settings) {
    form.value = editable(settings)
    localeStore.locale = localeOf(settings)
    saved.value = JSON.stringify(form.value)
  }

  onMounted(async () => {
    await action.run(() => api().getSettings(), { done: (settings) => void loaded(settings) })
    loading.value = false
  })

  // A logo is stored on its own: the details typed but not yet saved stay in the form.
  async function changeLogo(image: { bytes: Uint8Array<ArrayBuffer> } | null) {
    const result = await action.run(() => api().setClinicLogo(image), { kind: 'logo' })
    if (result.ok) hasLogo.value = result.value.logoFile !== null
  }

  return {
    form,
    /** Language and date format: saved with the clinic details, used by the page and the handout. */
    locale: computed(() => form.value.locale),
    hasLogo,
    loading,
    dirty,
    busy: action.busy,
    done: action.done,
    error: action.error,
    fieldErrors: action.fieldErrors,
    save: () => action.run(() => api().saveSettings(plain(form.value)), { kind: 'save', done: (settings) => (loaded(settings), 'saved') }),
    setLogo: async (file: File) => changeLogo({ bytes: new Uint8Array(await file.arrayBuffer()) }),
    removeLogo: () => changeLogo(null)
  }
}
