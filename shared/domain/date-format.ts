import { localDay } from './calendar-day'

/** How dates are written for the clinician and on the handout: day-month-year unless chosen otherwise. */
export const dateFormats = ['dmy', 'mdy', 'ymd'] as const
export type DateFormat = (typeof dateFormats)[number]
export const defaultDateFormat: DateFormat = 'dmy'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * A calendar day (YYYY-MM-DD) in words, never shifted by time zones and the same on every machine:
 * dmy "29 Nov 2026" / "29 November 2026", mdy "Nov 29, 2026", ymd "2026-11-29".
 */
export function formatDay(isoDate: string, format: DateFormat = defaultDateFormat, style: 'short' | 'long' = 'short'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined
  if (!match || !name) throw new Error(`A day must be YYYY-MM-DD, got "${isoDate}"`)
  const [, year, , day] = match
  const month = style === 'long' ? name : name.slice(0, 3)
  if (format === 'ymd') return match[0]
  return format === 'mdy' ? `${month} ${Number(day)}, ${year}` : `${Number(day)} ${month} ${year}`
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A moment on this computer's clock: its local day in the chosen format, then the 24-hour time. */
export function formatDayTime(moment: Date, format: DateFormat = defaultDateFormat): string {
  return `${formatDay(localDay(moment), format)}, ${pad(moment.getHours())}:${pad(moment.getMinutes())}`
}
