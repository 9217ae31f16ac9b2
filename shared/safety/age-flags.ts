import type { AgeCriterion, Client } from '../domain'

export type ScreenClient = Partial<Pick<Client, 'dateOfBirth' | 'sex' | 'conditions' | 'problemAreas'>>

/**
 * Decide an age-based flag from the client's record so the question is never asked twice.
 * Returns undefined when the record cannot decide (no date of birth, or sex needed but not stated).
 */
export function deriveFromAge(
  criteria: readonly AgeCriterion[],
  age: number | null,
  sex: ScreenClient['sex']
): 'yes' | 'no' | undefined {
  if (age === null) return undefined
  let undecided = false
  for (const criterion of criteria) {
    const ageMatches = (criterion.ageAtLeast === undefined || age >= criterion.ageAtLeast) &&
      (criterion.ageBelow === undefined || age < criterion.ageBelow)
    if (!ageMatches) continue
    if (criterion.sex === undefined || criterion.sex === sex) return 'yes'
    if (sex === undefined || sex === 'unstated') undecided = true
  }
  return undecided ? undefined : 'no'
}
