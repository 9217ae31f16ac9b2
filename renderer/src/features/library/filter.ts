import type { BodyArea } from '../../../../shared/domain/body-area'
import { exerciseAreas, type Exercise, type Region } from '../../../../shared/domain/exercise'

export interface LibraryFilter {
  text: string
  /** Body areas, offered first: the way a clinician narrows a 170-exercise library. */
  areas: BodyArea[]
  kinds: Exercise['kind'][]
  regions: Region[]
  positions: Exercise['startingPosition'][]
  equipment: Exercise['equipment'][number][]
  levels: Exercise['level'][]
}

export const emptyFilter = (): LibraryFilter => ({ text: '', areas: [], kinds: [], regions: [], positions: [], equipment: [], levels: [] })

export const isFiltered = (f: LibraryFilter): boolean =>
  f.text.trim() !== '' || [f.areas, f.kinds, f.regions, f.positions, f.equipment, f.levels].some((group) => group.length > 0)

/** Lower case, accents and apostrophes gone, hyphens as spaces: "Child’s pose" → "childs pose". */
const fold = (value: string) =>
  value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’‘`]/g, '').replace(/-/g, ' ').toLowerCase()

/** The words people use for each starting position, besides its own name. */
const positionWords: Record<Exercise['startingPosition'], string> = {
  kneeling: 'kneeling knees',
  'all-fours': 'all fours hands and knees quadruped table top tabletop',
  'lying-on-back': 'lying on back on your back supine',
  'lying-on-front': 'lying on front on your front on your tummy prone',
  'side-lying': 'side lying on your side',
  sitting: 'sitting seated chair',
  standing: 'standing'
}

/** Searchable text of an exercise: names, summary, regions, kind, position, equipment and level, folded. */
export function searchText(exercise: Exercise): string {
  return fold([
    exercise.name, ...exercise.otherNames, exercise.summary, ...exercise.regions, exercise.kind,
    exercise.startingPosition, positionWords[exercise.startingPosition] ?? '', ...exercise.equipment, exercise.level
  ].join(' '))
}

/** A typed word and its singular forms: "stretches" also tries "stretche" and "stretch". */
function forms(word: string): string[] {
  const out = [word]
  if (word.length > 3 && word.endsWith('s')) out.push(word.slice(0, -1))
  if (word.length > 4 && word.endsWith('es')) out.push(word.slice(0, -2))
  return out
}

const anyOf = <T>(chosen: readonly T[], values: readonly T[]) => chosen.length === 0 || values.some((value) => chosen.includes(value))

/**
 * Every word typed must appear somewhere (so "knee chest" finds knee-to-chest), forgiving
 * apostrophes, accents and plurals; chips narrow within a group by "any of" and across
 * groups by "all of".
 */
export function filterExercises(exercises: readonly Exercise[], filter: LibraryFilter, index = new Map<string, string>()): Exercise[] {
  const phrase = fold(filter.text).split(/[\s,]+/).filter(Boolean)
  const words = phrase.map(forms)
  // A typed position phrase ("lying on front") means that position, not its words anywhere:
  // otherwise "on" and "lying" would also find exercises lying on the back.
  const joined = phrase.join(' ')
  const positions = phrase.length > 1
    ? (Object.keys(positionWords) as Exercise['startingPosition'][]).filter((p) => ` ${positionWords[p]} `.includes(` ${joined} `))
    : []
  return exercises.filter((exercise) => {
    if (filter.areas.length && !exerciseAreas(exercise).some((a) => filter.areas.includes(a))) return false
    if (!anyOf(filter.kinds, [exercise.kind])) return false
    if (!anyOf(filter.positions, [exercise.startingPosition])) return false
    if (!anyOf(filter.regions, exercise.regions)) return false
    if (!anyOf(filter.equipment ?? [], exercise.equipment)) return false
    if (!anyOf(filter.levels ?? [], [exercise.level])) return false
    if (!words.length) return true
    const haystack = index.get(exercise.id) ?? searchText(exercise)
    if (positions.length) return positions.includes(exercise.startingPosition) || haystack.includes(joined)
    return words.every((alternatives) => alternatives.some((word) => haystack.includes(word)))
  })
}

export { fold as foldText }
