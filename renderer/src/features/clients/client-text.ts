import { ageOn } from '../../../../shared/domain/client'
import { localDay } from '../../../../shared/domain/common'

export const todayIso = (): string => localDay(new Date())

/** Age in whole years today, or undefined without a date of birth. */
export const ageToday = (dateOfBirth: string | undefined): number | undefined =>
  dateOfBirth ? ageOn(dateOfBirth, todayIso()) : undefined
