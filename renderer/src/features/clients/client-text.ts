// The zod-free modules: the client list's first rows must not wait for the schemas.
import { ageOn } from '../../../../shared/domain/client-display'
import { localDay } from '../../../../shared/domain/calendar-day'

export const todayIso = (): string => localDay(new Date())

/** Age in whole years today, or undefined without a date of birth. */
export const ageToday = (dateOfBirth: string | undefined): number | undefined =>
  dateOfBirth ? ageOn(dateOfBirth, todayIso()) : undefined
