import { describe, expect, it } from 'vitest'
import { conditionIds, dosageSchema, redFlagIds } from '../../../shared/domain'
import { builtInData, createLibrary, findIntegrityProblems, library } from '../../../shared/library'

const fixedExerciseIds = [
  'childs-pose', 'childs-pose-wide-knee', 'childs-pose-arms-by-sides', 'childs-pose-supported', 'cat-cow',
  'seated-cat-cow', 'sphinx', 'prone-press-up', 'supine-twist', 'supine-twist-small-range', 'legs-up-the-wall',
  'legs-on-chair', 'knee-to-chest-single', 'knee-to-chest-double', 'seated-spinal-twist', 'chair-twist',
  'thread-the-needle', 'figure-4-supine', 'figure-4-seated', 'figure-4-wall', 'standing-back-extension',
  'wall-supported-extension', 'standing-side-stretch', 'pelvic-tilt', 'pelvic-tilt-standing', 'glute-bridge',
  'bird-dog', 'bird-dog-leg-reach', 'dead-bug', 'heel-slides', 'plank', 'plank-from-knees', 'incline-plank',
  'wall-plank', 'side-plank', 'side-plank-knees', 'hamstring-stretch-strap', 'seated-hip-hinge',
  'hip-flexor-kneeling', 'hip-flexor-standing', 'chin-tucks', 'wall-angels', 'open-book', 'crook-lying-rest',
  'side-lying-rest'
]

describe('exercise library data', () => {
  it('has every exercise id the illustrations are drawn for, and at least 30 exercises', () => {
    expect(library.exerciseList.length).toBeGreaterThanOrEqual(30)
    for (const id of fixedExerciseIds) expect(library.exercises.has(id), id).toBe(true)
  })

  it('has no broken references: variations, alternatives, template items, poses, conditions, red flags', () => {
    expect(findIntegrityProblems(library)).toEqual([])
  })

  it('reports a suggested alternative that is itself avoid-level for the same condition', () => {
    const broken = structuredClone(builtInData)
    const group = broken.exerciseGroups[0]?.data as { id: string; contraindications: { condition: string; alternativeId?: string }[] }[]
    const rule = group[0]?.contraindications.find((c) => c.condition === 'thr_posterior')
    if (!rule) throw new Error('fixture expects childs-pose to carry a thr_posterior rule')
    rule.alternativeId = 'knee-to-chest-double'
    expect(findIntegrityProblems(createLibrary(broken))).toEqual([
      'exercise "childs-pose": alternative "knee-to-chest-double" is itself avoid-level for thr_posterior'
    ])
  })

  it('reports ids that point nowhere', () => {
    const broken = structuredClone(builtInData)
    const group = broken.exerciseGroups[0]?.data as { variations: { exerciseId: string }[] }[]
    const first = group[0]?.variations[0]
    if (!first) throw new Error('fixture expects a variation')
    first.exerciseId = 'no-such-exercise'
    expect(findIntegrityProblems(createLibrary(broken))).toContain('exercise "childs-pose": variation "no-such-exercise" does not exist')
  })

  it('rejects invalid data with the file and field named', () => {
    const broken = structuredClone(builtInData)
    const group = broken.exerciseGroups[1]?.data as { steps: string[] }[]
    if (!group[0]) throw new Error('fixture expects exercises')
    group[0].steps = ['Only one step.']
    expect(() => createLibrary(broken)).toThrow(/data\/exercises\/spinal-mobility\.json[\s\S]*0\.steps: Steps: give at least 3/)
  })

  describe.each(library.exerciseList.map((e) => [e.id, e] as const))('%s', (_id, exercise) => {
    it('has 3–7 short, numbered-ready steps written as sentences', () => {
      expect(exercise.steps.length).toBeGreaterThanOrEqual(3)
      expect(exercise.steps.length).toBeLessThanOrEqual(7)
      for (const step of exercise.steps) {
        expect(step, step).toMatch(/^[A-Z].*[.!]$/)
        expect(step.split(/\s+/).length, step).toBeLessThanOrEqual(26)
      }
    })

    it('has a default dose within the stretching and exercise norms', () => {
      const dose = dosageSchema.parse(exercise.defaultDose)
      const maxHold = exercise.kind === 'relaxation' ? 600 : exercise.kind === 'stretch' ? 120 : 60
      if (dose.holdSeconds !== undefined) expect(dose.holdSeconds).toBeLessThanOrEqual(maxHold)
      if (exercise.kind === 'stretch') expect(dose.holdSeconds ?? 0).toBeGreaterThanOrEqual(10)
      expect(dose.reps ?? 1).toBeLessThanOrEqual(20)
      expect(dose.frequency.daysPerWeek).toBeGreaterThanOrEqual(2)
      if (dose.holdSeconds === undefined) expect(exercise.secondsPerRep, 'moved exercises give a tempo').toBeDefined()
    })

    it('names a known condition and at least one source in every contraindication', () => {
      for (const rule of exercise.contraindications) {
        expect(conditionIds).toContain(rule.condition)
        expect(rule.sources.length).toBeGreaterThan(0)
      }
    })

    it('never suggests an alternative that is avoid-level for the same condition', () => {
      for (const rule of exercise.contraindications) {
        if (!rule.alternativeId) continue
        expect(library.contraindications.get(rule.alternativeId)?.get(rule.condition)?.level, rule.alternativeId).not.toBe('avoid')
      }
    })
  })
})

describe('conditions and red flags', () => {
  it('describes every condition key from the reference with a name and one sentence', () => {
    expect([...library.conditions.keys()].sort()).toEqual([...conditionIds].sort())
    for (const condition of library.conditions.values()) {
      expect(condition.explanation.match(/[.!?](\s|$)/g)?.length, condition.id).toBe(1)
    }
  })

  it('holds every red-flag id, each with a question, a group and a source', () => {
    expect(library.redFlagList.map((f) => f.id).sort()).toEqual([...redFlagIds].sort())
  })

  it('marks every cauda equina item as a single-item emergency', () => {
    const ces = library.redFlagList.filter((f) => f.group === 'cauda_equina')
    expect(ces.map((f) => f.id).sort()).toEqual(['ces_bilateral', 'ces_bladder', 'ces_bowel', 'ces_saddle', 'ces_sexual'])
    for (const flag of ces) expect([flag.rule, flag.outcome]).toEqual(['single', 'emergency'])
  })

  it('keeps age, night pain, no improvement and thoracic pain as combination-only items', () => {
    for (const id of ['age_onset', 'no_improvement_1m', 'rest_night_pain', 'thoracic_pain', 'steroids_long', 'age_older']) {
      expect(library.redFlags.get(id as never)?.rule, id).toBe('combination')
    }
  })

  it('has a patient stop-and-seek-help list that sends bladder or bowel loss to emergency care', () => {
    const bladder = library.seekHelp.find((item) => /bladder|bowel/.test(item.text))
    expect(bladder?.emergency).toBe(true)
    expect(library.seekHelp.length).toBeGreaterThanOrEqual(9)
  })
})
