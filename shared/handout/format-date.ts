import { formatDay, type DateFormat } from '../domain/date-format'

/** "2026-11-20" → "20 November 2026" (or as the clinic's date format says); the same on every machine, whatever its locale. */
export function formatLongDate(isoDate: string, format: DateFormat = 'dmy'): string {
  return formatDay(isoDate, format, 'long')
}
