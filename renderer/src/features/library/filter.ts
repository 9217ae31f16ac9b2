import type { BodyArea } from '../../../../shared/domain/body-area'
import { exerciseAreas, type Exercise, type Region } from '../../../../shared/domain/exercise'

export interface LibraryFilter {
  text: string
  /** Body areas, offered first: the way a clinician narrows a 170-exercise library. */
  areas: BodyArea[]
  kinds: Exercise['kind'][]
  regions: Region[]
  positions: Exercise['startingPosition'][]
}

export const emptyFilter = (): LibraryFilter => ({ text: '', areas: [], kinds: [], regions: [], positions: [] })

const fold = (value: string) => value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

/** Searchable text of an exercise: its names, regions and summary, accents folded. */
export function searchText(exercise: Exercise): string {
  return fold([exercise.name, ...exercise.otherNames, exercise.summary, ...exercise.regions, exercise.kind].join(' '))
}

/**
 * Every word typed must appear somewhere (so "knee chest" finds knee-to-chest);
 * chips narrow within a group by "any of" and across groups by "all of".
 */
export function filterExercises(exercises: readonly Exercise[], filter: LibraryFilter, index = new Map<string, string>()): Exercise[] {
  const words = fold(filter.text).split(/[\s,]+/).filter(Boolean)
  return exercises.filter((exercise) => {
    if (filter.areas.length && !exerciseAreas(exercise).some((a) => filter.areas.includes(a))) return false
    if (filter.kinds.length && !filter.kinds.includes(exercise.kind)) return false
    if (filter.positions.length && !filter.positions.includes(exercise.startingPosition)) return false
    if (filter.regions.length && !exercise.regions.some((r) => filter.regions.includes(r))) return false
    if (!words.length) return true
    const haystack = index.get(exercise.id) ?? searchText(exercise)
    return words.every((word) => haystack.includes(word))
  })
}
