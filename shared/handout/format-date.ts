const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2026-11-20" → "20 November 2026"; the same on every machine, whatever its locale. */
export function formatLongDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  if (!match || !month) throw new Error(`Handout date must be YYYY-MM-DD, got "${isoDate}"`)
  return `${Number(match[3])} ${month} ${match[1]}`
}
