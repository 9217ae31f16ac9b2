import { defineStore } from 'pinia'
import { onMounted, ref } from 'vue'
import { localDay } from '../../../../shared/domain/common'
import { formatDay, formatDayTime } from '../../../../shared/domain/date-format'
import { defaultLocale, localeOf, type LocaleSettings } from '../../../../shared/domain/settings'
import { api } from '../../api'

/** The clinic's language and date format, read from settings once and kept current when they are saved. */
export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<LocaleSettings>(defaultLocale)
  let loading: Promise<void> | undefined

  const load = () =>
    (loading ??= api().getSettings().then((result) => {
      if (result.ok) locale.value = localeOf(result.value)
      else loading = undefined // (locked, say): asked again next time
    }))

  /** A calendar day (YYYY-MM-DD), or the local day of a moment (an ISO date-time). */
  const day = (value: string) => (value.length === 10 ? formatDay(value, locale.value.dateFormat) : formatDay(localDay(new Date(value)), locale.value.dateFormat))
  const dateTime = (iso: string) => formatDayTime(new Date(iso), locale.value.dateFormat)
  return { locale, load, day, dateTime }
})

/** Dates written the clinic's way, for a component: `day('2026-04-02')`, `dateTime(plan.updatedAt)`. */
export function useDates() {
  const store = useLocaleStore()
  onMounted(store.load)
  return { day: store.day, dateTime: store.dateTime }
}
