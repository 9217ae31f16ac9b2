import {
  pathologyGroups, type PathologyGroup, type RedFlag, type RedFlagId, type Screening, type SpaFeature
} from '../../../../shared/domain'

/** A question as the form shows it: asked, or already answered from the date of birth. */
export interface FlagItem {
  flag: RedFlag
  derived?: 'yes' | 'no'
}

export interface FlagGroupView {
  group: PathologyGroup
  items: FlagItem[]
}

export interface SpaFeatureItem {
  feature: SpaFeature
  derived: boolean
}

/** Groups in clinical order (cauda equina first, as the data's group list), questions in data order. */
export function groupFlags(
  flags: readonly RedFlag[],
  derivedValue: (id: RedFlagId) => 'yes' | 'no' | undefined
): FlagGroupView[] {
  return pathologyGroups
    .map((group) => ({
      group,
      items: flags.filter((flag) => flag.group === group).map((flag) => {
        const derived = derivedValue(flag.id)
        return derived ? { flag, derived } : { flag }
      })
    }))
    .filter((view) => view.items.length > 0)
}

export const newestFirst = (a: Screening, b: Screening): number =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)

/** Problems with the screening date, as i18n keys; the date may be today or earlier. */
export function dateProblem(date: string, today: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'screening.dateMissing'
  if (date > today) return 'screening.dateFuture'
  return undefined
}
