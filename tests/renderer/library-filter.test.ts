import { describe, expect, it } from 'vitest'
import type { Exercise } from '../../shared/domain/exercise'
import { library } from '../../shared/library'
import { emptyFilter, filterExercises, isFiltered } from '../../renderer/src/features/library/filter'

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

describe('library search as people type it', () => {
  const find = (text: string) => ids(filterExercises(all, { ...emptyFilter(), text }))

  it('finds exercises by position words, including the everyday and the clinical ones', () => {
    const allFours = all.filter((e) => e.startingPosition === 'all-fours').map((e) => e.id)
    expect(allFours.length).toBeGreaterThan(0)
    expect(find('all fours')).toEqual(expect.arrayContaining(allFours))
    expect(find('quadruped')).toEqual(expect.arrayContaining(allFours))
    const prone = all.filter((e) => e.startingPosition === 'lying-on-front').map((e) => e.id)
    expect(find('lying on front')).toEqual(expect.arrayContaining(prone))
    expect(find('prone')).toEqual(expect.arrayContaining(prone))
    const onBack = new Set(all.filter((e) => e.startingPosition === 'lying-on-back').map((e) => e.id))
    expect(find('lying on front').filter((id) => onBack.has(id))).toEqual([])
  })

  it('forgives apostrophes and plurals', () => {
    expect(find('childs pose')).toContain('childs-pose')
    expect(find('child’s pose')).toContain('childs-pose')
    expect(find('knees chest')).toContain('knee-to-chest-single')
    expect(find('stretches').length).toBe(find('stretch').length)
  })

  it('filters by equipment and level, and says when any filter is on', () => {
    const chair = filterExercises(all, { ...emptyFilter(), equipment: ['chair'] })
    expect(chair.length).toBeGreaterThan(0)
    expect(chair.every((e) => e.equipment.includes('chair'))).toBe(true)
    const beginner = filterExercises(all, { ...emptyFilter(), levels: ['beginner'] })
    expect(beginner.every((e) => e.level === 'beginner')).toBe(true)
    expect(beginner.length).toBeLessThan(all.length)
    expect(isFiltered(emptyFilter())).toBe(false)
    expect(isFiltered({ ...emptyFilter(), levels: ['advanced'] })).toBe(true)
    expect(isFiltered({ ...emptyFilter(), text: '  ' })).toBe(false)
  })
})
