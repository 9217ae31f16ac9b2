import { formatDay, type DateFormat } from '../domain/date-format'

/** "2026-11-20" → "20 November 2026" (or as the clinic's date format says); the same on every machine, whatever its locale. */
export function formatLongDate(isoDate: string, format: DateFormat = 'dmy'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Handout date must be YYYY-MM-DD, got "${isoDate}"`)
  return formatDay(isoDate, format, 'long')
}
