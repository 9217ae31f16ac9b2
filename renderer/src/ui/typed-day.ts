import { isRealDate } from '../../../shared/domain/calendar-day'
import type { DateFormat } from '../../../shared/domain/date-format'

/** How a day is typed in each date format, as shown beside the field. */
export const dayPatterns: Record<DateFormat, string> = { dmy: 'dd/mm/yyyy', mdy: 'mm/dd/yyyy', ymd: 'yyyy-mm-dd' }

const two = (n: string) => n.padStart(2, '0')

/** A stored day (YYYY-MM-DD) as the clinician types it: dmy "02/04/1958", mdy "04/02/1958", ymd "1958-04-02". */
export function typedDay(isoDay: string, format: DateFormat): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay)
  if (!match) return isoDay
  const [, year, month, day] = match
  return format === 'ymd' ? isoDay : format === 'mdy' ? `${month}/${day}/${year}` : `${day}/${month}/${year}`
}

export type TypedDayReading = { day: string } | { problem: 'format' | 'noSuchDay' }

/**
 * What the clinician typed, read in the set format: day, month and a four-digit year in that order,
 * separated by / . - or spaces, with or without leading zeros (or year first, as stored). Empty text is no day ('').
 */
export function readTypedDay(text: string, format: DateFormat): TypedDayReading {
  const trimmed = text.trim()
  if (trimmed === '') return { day: '' }
  const parts = trimmed.split(/\s*[/.\-\s]\s*/)
  if (parts.length !== 3 || parts.some((p) => !/^\d+$/.test(p))) return { problem: 'format' }
  const [a, b, c] = parts as [string, string, string]
  // A four-digit first part can only be a year: 1958-04-02 (pasted from elsewhere) reads the same in every format.
  const [year, month, day] = format === 'ymd' || a.length === 4 ? [a, b, c] : format === 'mdy' ? [c, a, b] : [c, b, a]
  if (year.length !== 4 || month.length > 2 || day.length > 2) return { problem: 'format' }
  const iso = `${year}-${two(month)}-${two(day)}`
  return isRealDate(iso) ? { day: iso } : { problem: 'noSuchDay' }
}
