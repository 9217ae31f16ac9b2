// Calendar days without zod, so the first screens (the client list, date fields) need not load the schemas.

/** The calendar day of a moment in the clinician's local time, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** True when YYYY-MM-DD names a day that exists (no 31 April, no 29 February outside leap years). */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number)
  if (y === undefined || m === undefined || d === undefined) return false
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** True for a stored day: YYYY-MM-DD, and a day that exists. */
export const isIsoDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)
