import { describe, expect, it } from 'vitest'
import { bodyAreas, exerciseAreas, type BodyArea } from '../../../shared/domain'
import { builtInData, createLibrary, findIntegrityProblems, findLadderProblems, library, MAX_UNDRAWN } from '../../../shared/library'

/** The targets (issue 15 "Done when"). */
const TARGET = { total: 170, perArea: 12, templates: 20 }

describe('whole-body library', () => {
  it('has no broken ladder, alternative, template or source references', () => {
    expect(findIntegrityProblems(library)).toEqual([])
    expect(findLadderProblems(library)).toEqual([])
  })

  it('resolves every easier/harder step to an exercise, and reports one that does not', () => {
    const broken = structuredClone(builtInData)
    const group = broken.exerciseGroups[0]?.data as { variations: { exerciseId: string; kind: string; when: string }[] }[]
    group[0]!.variations.push({ exerciseId: 'no-such-harder-step', kind: 'progression', when: 'When this feels easy.' })
    const problems = [...findIntegrityProblems(createLibrary(broken)), ...findLadderProblems(createLibrary(broken))]
    expect(problems.some((p) => p.includes('no-such-harder-step'))).toBe(true)
  })

  it('allows at most ten exercises without a drawing', () => {
    const broken = structuredClone(builtInData)
    const group = broken.exerciseGroups[1]?.data as { noDrawingYet?: true }[]
    for (const exercise of group) exercise.noDrawingYet = true
    const expected = group.length > MAX_UNDRAWN ? 1 : 0
    expect(findLadderProblems(createLibrary(broken)).filter((p) => p.includes('no drawing yet'))).toHaveLength(expected)
  })

  it('files every exercise under at least one body area', () => {
    const unfiled = library.exerciseList.filter((e) => exerciseAreas(e).length === 0).map((e) => e.id)
    expect(unfiled).toEqual([])
  })

  it('holds at least 170 exercises, 12 in every area, and 20 routines', () => {
    const counts = Object.fromEntries(bodyAreas.map((a) => [a, 0])) as Record<BodyArea, number>
    for (const exercise of library.exerciseList) for (const area of exerciseAreas(exercise)) counts[area] += 1
    for (const area of bodyAreas) expect(counts[area], area).toBeGreaterThanOrEqual(TARGET.perArea)
    expect(library.exerciseList.length).toBeGreaterThanOrEqual(TARGET.total)
    expect(library.templates.length).toBeGreaterThanOrEqual(TARGET.templates)
  })
})
