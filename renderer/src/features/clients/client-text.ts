import { ageOn } from '../../../../shared/domain/client'

export const todayIso = (): string => {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** Age in whole years today, or undefined without a date of birth. */
export const ageToday = (dateOfBirth: string | undefined): number | undefined =>
  dateOfBirth ? ageOn(dateOfBirth, todayIso()) : undefined
