import { computed, onMounted, ref, watch } from 'vue'
import { isIsoDay } from '../../../../shared/domain/calendar-day'
import { defaultSettings } from '../../../../shared/domain/settings'
import type { HandoutOptionsInput, HandoutPreview, HandoutSource, SavedHandout } from '../../../../shared/ipc/handout-contract'
import type { ApiError } from '../../../../shared/ipc/result'
import { api, plain } from '../../api'

/** The handout screen's state: options, the current preview, and save / print / open. */
export function useHandoutPreview(source: HandoutSource) {
  const options = ref<HandoutOptionsInput>({ chartWeeks: 2, ...defaultSettings.handout })
  const preview = ref<HandoutPreview>()
  /** Main is making the PDF. */
  const rendering = ref(false)
  const renderFailed = ref(false)
  /** From a new PDF until its pages are on screen: only then is the preview up to date. */
  const drawing = ref(false)
  const drawnOnce = ref(false)
  const drawError = ref<string>()
  const stage = computed<'preparing' | 'updating' | 'upToDate' | 'notCurrent'>(() => {
    if (rendering.value || drawing.value) return drawnOnce.value ? 'updating' : 'preparing'
    if (renderFailed.value || drawError.value) return 'notCurrent'
    return drawnOnce.value ? 'upToDate' : 'preparing'
  })
  const busy = ref<'save' | 'print' | null>(null)
  const error = ref<ApiError>()
  const saved = ref<SavedHandout>()
  const printed = ref(false)
  let latest = 0
  /** The options to send: a cleared review date is no review date. */
  const request = (): HandoutOptionsInput => {
    const { reviewDate, ...rest } = plain(options.value)
    return reviewDate ? { ...rest, reviewDate } : rest
  }

  /** A review date still being typed ("2/4") is no date yet: the last preview stays until it is one. */
  const unfinishedReviewDate = () => {
    const day = options.value.reviewDate
    return !!day && !isIsoDay(day)
  }

  async function refresh() {
    const mine = ++latest
    rendering.value = true
    const result = await api().previewHandout(source, request())
    if (mine !== latest) return // options changed again while this one was rendering
    rendering.value = false
    renderFailed.value = !result.ok
    if (result.ok) {
      preview.value = result.value
      drawing.value = true
      error.value = undefined
    } else {
      error.value = result.error
    }
  }

  async function act<T>(kind: 'save' | 'print', call: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>) {
    busy.value = kind
    error.value = undefined
    const result = await call()
    busy.value = null
    if (!result.ok) error.value = result.error
    return result
  }

  onMounted(async () => {
    const settings = await api().getSettings()
    if (settings.ok) options.value = { chartWeeks: 2, ...settings.value.handout }
    watch(options, () => (unfinishedReviewDate() ? undefined : refresh()), { deep: true, immediate: true })
  })

  return {
    refresh,
    options,
    preview,
    stage,
    drawError,
    pagesDrawn: () => ((drawing.value = false), (drawnOnce.value = true), (drawError.value = undefined)),
    pagesFailed: (message: string) => ((drawing.value = false), (drawError.value = message)),
    busy,
    error,
    saved,
    printed,
    async save() {
      saved.value = undefined
      const result = await act('save', () => api().saveHandout(source, request()))
      if (result.ok && result.value) saved.value = result.value
    },
    async print() {
      printed.value = false
      const result = await act('print', () => api().printHandout(source, request()))
      printed.value = result.ok
    },
    async openSaved() {
      if (!saved.value) return
      const result = await api().openSavedFile(saved.value.path)
      if (!result.ok) error.value = result.error
    }
  }
}
