import type { Outcome, Screening } from '../domain'

/** What the header pill, client list and history show: the outcome, "due" when it is old, or "none". */
export type ScreeningState = Outcome | 'due' | 'none'

/** Whole days from one YYYY-MM-DD day to another (calendar days, no time zones involved). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** True when a screening on `date` is older than the review interval on `today`. */
export function isDue(date: string, today: string, reviewIntervalDays: number): boolean {
  return daysBetween(date, today) > reviewIntervalDays
}

/**
 * The state of a client's latest screening. Emergency and urgent always show as themselves;
 * any other outcome older than the review interval shows as "due".
 */
export function screeningState(
  latest: { outcome: Outcome; date: string } | null | undefined,
  today: string,
  reviewIntervalDays: number
): ScreeningState {
  if (!latest) return 'none'
  if (latest.outcome === 'emergency' || latest.outcome === 'urgent') return latest.outcome
  return isDue(latest.date, today, reviewIntervalDays) ? 'due' : latest.outcome
}

/** The newest screening by date, then by when it was recorded. */
export function latestScreening<S extends Pick<Screening, 'date' | 'createdAt'>>(screenings: readonly S[]): S | undefined {
  return screenings.reduce<S | undefined>(
    (best, s) => (!best || s.date > best.date || (s.date === best.date && s.createdAt > best.createdAt) ? s : best),
    undefined
  )
}
