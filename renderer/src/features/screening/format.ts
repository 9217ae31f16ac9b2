/** A calendar date (YYYY-MM-DD) for reading, e.g. "Mar 3, 2026"; the day is not shifted by time zones. */
export function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)))
}
