import { useLocaleStore } from '../settings/locale-store'

/**
 * A calendar date (YYYY-MM-DD) for reading, written the clinic's way (Settings → Language and dates;
 * 2 Apr 2026 by default); the day is not shifted by time zones. `_locale` is kept for the callers' sake.
 */
export function formatDate(date: string, _locale?: string): string {
  return useLocaleStore().day(date)
}
