import { describe, expect, it } from 'vitest'
import type { Exercise } from '../../shared/domain/exercise'
import { library } from '../../shared/library'
import { emptyFilter, filterExercises } from '../../renderer/src/features/library/filter'

const all = library.exerciseList
const ids = (list: Exercise[]) => list.map((e) => e.id)

describe('library filter', () => {
  it('returns everything when nothing is chosen', () => {
    expect(filterExercises(all, emptyFilter())).toHaveLength(all.length)
  })

  it('needs every typed word, ignoring case and accents', () => {
    const found = ids(filterExercises(all, { ...emptyFilter(), text: 'Knée  CHEST' }))
    expect(found).toContain('knee-to-chest-single')
    expect(found).not.toContain('plank')
  })

  it('finds exercises by their other names', () => {
    expect(ids(filterExercises(all, { ...emptyFilter(), text: 'balasana' }))).toContain('childs-pose')
  })

  it('combines chip groups with "and", and chips in one group with "or"', () => {
    const standingOrSitting = filterExercises(all, { ...emptyFilter(), positions: ['standing', 'sitting'] })
    expect(standingOrSitting.every((e) => ['standing', 'sitting'].includes(e.startingPosition))).toBe(true)
    expect(new Set(standingOrSitting.map((e) => e.startingPosition))).toEqual(new Set(['standing', 'sitting']))

    const standingStrength = filterExercises(all, { ...emptyFilter(), positions: ['standing'], kinds: ['strength'] })
    expect(standingStrength.every((e) => e.startingPosition === 'standing' && e.kind === 'strength')).toBe(true)
    expect(standingStrength.length).toBeLessThan(standingOrSitting.length)
  })
})

describe('library filter by body area', () => {
  it('narrows to the exercises of the chosen areas, shared exercises included', () => {
    const knee = filterExercises(all, { ...emptyFilter(), areas: ['knee'] })
    expect(knee.length).toBeGreaterThanOrEqual(12)
    expect(ids(knee)).toContain('quads-set')
    expect(ids(knee)).not.toContain('chin-tucks')
    const both = filterExercises(all, { ...emptyFilter(), areas: ['knee', 'neck'] })
    expect(ids(both)).toContain('chin-tucks')
    expect(both.length).toBeGreaterThan(knee.length)
  })
})
