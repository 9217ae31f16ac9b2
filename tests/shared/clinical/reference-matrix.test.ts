import { describe, expect, it } from 'vitest'
import type { ConditionId } from '../../../shared/domain'
import { estimatePlanMinutes } from '../../../shared/dose'
import { ladderOf, library } from '../../../shared/library'

// Section 3 of the clinical reference, row by row: [exercise, condition, level, safer alternative].
// Where the reference's gentler version carries the same caution for the same condition, it is
// not named as an alternative: a swap must lower the level (tests/shared/clinical/swap-walk.test.ts).
const matrix: [string, ConditionId, 'avoid' | 'caution', string | undefined][] = [
  ['childs-pose', 'thr_posterior', 'avoid', 'crook-lying-rest'],
  ['childs-pose', 'knee_pathology', 'caution', undefined /* knee-to-chest-single is itself a caution here: kept as the modification, never offered as a swap (issue 10) */],
  ['childs-pose', 'osteoporosis', 'caution', 'childs-pose-supported'],
  ['childs-pose', 'pregnancy_t2plus', 'caution', 'childs-pose-supported'],
  ['childs-pose', 'shoulder_wrist_pathology', 'caution', 'childs-pose-arms-by-sides'],
  ['childs-pose', 'glaucoma_retinal', 'caution', undefined /* childs-pose-supported is itself a caution here: kept as the modification, never offered as a swap (issue 10) */],
  ['childs-pose', 'dp_extension', 'caution', 'sphinx'],
  ['cat-cow', 'shoulder_wrist_pathology', 'caution', 'seated-cat-cow'],
  ['cat-cow', 'spondylolisthesis', 'caution', undefined],
  ['cat-cow', 'lumbar_stenosis', 'caution', undefined],
  ['cat-cow', 'osteoporosis', 'caution', undefined],
  ['sphinx', 'pregnancy_t2plus', 'avoid', 'wall-supported-extension'],
  ['sphinx', 'dp_flexion', 'avoid', 'knee-to-chest-single'],
  ['sphinx', 'spondylolisthesis', 'caution', 'pelvic-tilt'],
  ['sphinx', 'lumbar_stenosis', 'caution', 'pelvic-tilt'],
  ['sphinx', 'spinal_surgery_recent', 'caution', undefined],
  ['prone-press-up', 'pregnancy_t2plus', 'avoid', 'wall-supported-extension'],
  ['prone-press-up', 'dp_flexion', 'avoid', 'knee-to-chest-single'],
  ['prone-press-up', 'shoulder_wrist_pathology', 'caution', 'sphinx'],
  ['supine-twist', 'thr_posterior', 'avoid', 'open-book'],
  ['supine-twist', 'spinal_surgery_recent', 'avoid', 'pelvic-tilt'],
  ['supine-twist', 'osteoporosis', 'caution', 'supine-twist-small-range'],
  ['supine-twist', 'pregnancy_t2plus', 'caution', 'open-book'],
  ['legs-up-the-wall', 'glaucoma_retinal', 'caution', 'legs-on-chair'],
  ['legs-up-the-wall', 'hypertension_uncontrolled', 'caution', 'legs-on-chair'],
  ['legs-up-the-wall', 'pregnancy_t2plus', 'caution', 'side-lying-rest'],
  ['legs-up-the-wall', 'radiculopathy_acute', 'caution', 'legs-on-chair'],
  ['knee-to-chest-single', 'thr_posterior', 'avoid', 'pelvic-tilt'],
  ['knee-to-chest-double', 'thr_posterior', 'avoid', 'pelvic-tilt'],
  ['knee-to-chest-double', 'osteoporosis', 'caution', undefined /* knee-to-chest-single is itself a caution here: kept as the modification, never offered as a swap (issue 10) */],
  ['knee-to-chest-single', 'dp_extension', 'caution', 'sphinx'],
  ['knee-to-chest-single', 'knee_pathology', 'caution', undefined],
  ['knee-to-chest-double', 'pregnancy_t2plus', 'caution', undefined /* knee-to-chest-single is itself a caution here: kept as the modification, never offered as a swap (issue 10) */],
  ['seated-spinal-twist', 'spinal_surgery_recent', 'avoid', 'pelvic-tilt'],
  ['chair-twist', 'spinal_surgery_recent', 'avoid', 'pelvic-tilt'],
  ['chair-twist', 'osteoporosis', 'caution', undefined],
  ['chair-twist', 'thr_posterior', 'caution', undefined],
  ['seated-spinal-twist', 'pregnancy_t2plus', 'caution', 'open-book'],
  ['thread-the-needle', 'shoulder_wrist_pathology', 'caution', undefined /* open-book is itself a caution here: kept as the modification, never offered as a swap (issue 10) */],
  ['thread-the-needle', 'osteoporosis', 'caution', undefined],
  ['figure-4-supine', 'thr_posterior', 'avoid', 'figure-4-wall'],
  ['figure-4-supine', 'knee_pathology', 'caution', 'figure-4-wall'],
  ['figure-4-supine', 'pregnancy_t2plus', 'caution', 'figure-4-seated'],
  ['standing-back-extension', 'spondylolisthesis', 'caution', undefined],
  ['standing-back-extension', 'lumbar_stenosis', 'caution', undefined],
  ['standing-back-extension', 'balance_falls_risk', 'caution', 'wall-supported-extension'],
  ['standing-back-extension', 'spinal_surgery_recent', 'caution', undefined],
  ['standing-side-stretch', 'osteoporosis', 'caution', undefined],
  ['standing-side-stretch', 'shoulder_wrist_pathology', 'caution', undefined],
  ['standing-side-stretch', 'balance_falls_risk', 'caution', undefined],
  ['pelvic-tilt', 'pregnancy_t2plus', 'caution', 'pelvic-tilt-standing'],
  ['glute-bridge', 'pregnancy_t2plus', 'caution', undefined],
  ['glute-bridge', 'spondylolisthesis', 'caution', undefined],
  ['bird-dog', 'shoulder_wrist_pathology', 'caution', undefined /* bird-dog-leg-reach is itself a caution here: kept as the modification, never offered as a swap (issue 10) */],
  ['dead-bug', 'pregnancy_t2plus', 'caution', undefined /* heel-slides is itself a caution here: kept as the modification, never offered as a swap (issue 10) */],
  ['dead-bug', 'postpartum_diastasis', 'caution', 'heel-slides'],
  ['plank', 'hypertension_uncontrolled', 'caution', 'wall-plank'],
  ['plank', 'shoulder_wrist_pathology', 'caution', undefined /* incline-plank is itself a caution here: kept as the modification, never offered as a swap (issue 10) */],
  ['plank', 'pregnancy_t2plus', 'caution', 'incline-plank'],
  ['side-plank', 'postpartum_diastasis', 'caution', 'side-plank-knees'],
  ['hamstring-stretch-strap', 'radiculopathy_acute', 'caution', undefined],
  ['hamstring-stretch-strap', 'thr_posterior', 'caution', undefined],
  ['hamstring-stretch-strap', 'pregnancy_t2plus', 'caution', 'seated-hip-hinge'],
  ['hip-flexor-kneeling', 'thr_anterior', 'avoid', 'hip-flexor-standing'],
  ['hip-flexor-kneeling', 'knee_pathology', 'caution', 'hip-flexor-standing'],
  ['hip-flexor-kneeling', 'spondylolisthesis', 'caution', undefined],
  ['wall-angels', 'shoulder_wrist_pathology', 'caution', undefined],
  ['wall-angels', 'cervical_radic_myelopathy', 'caution', undefined],
  ['chin-tucks', 'cervical_radic_myelopathy', 'caution', undefined]
]

// Whole-body reference (clinical-reference-regions.md) §3.2, §3.4–3.8: the lines applied in issue 15.
const regionalMatrix: [string, ConditionId, 'avoid' | 'caution', string | undefined][] = [
  ['wall-angels', 'rcr_protected', 'avoid', 'pendulum'], // §3.2 [ASSET]
  ['wall-angels', 'shoulder_instability', 'caution', 'wall-slide-flexion'], // §3.2 [R]
  ['glute-bridge', 'hypertension_uncontrolled', 'caution', undefined], // §3.4 [R]
  ['figure-4-supine', 'hip_oa', 'caution', undefined], // §3.4 [R]: smaller range
  ['figure-4-supine', 'hypermobility', 'caution', 'glute-bridge'], // §3.4 [R]
  ['figure-4-supine', 'thr_anterior', 'caution', 'hip-abduction-supine'], // §3.4 [R]
  ['hip-flexor-standing', 'hypermobility', 'caution', 'glute-bridge'], // §3.4 [R]
  ['hip-flexor-standing', 'thr_anterior', 'caution', undefined], // §3.4 (existing) [THR]
  ['hip-flexor-kneeling', 'thr_anterior', 'avoid', 'hip-flexor-standing'], // §3.4 (existing) [THR]
  ['hamstring-stretch-strap', 'aclr_early', 'caution', 'heel-slides'], // §3.5, §3.8 [R]
  ['childs-pose', 'tkr_early', 'avoid', 'crook-lying-rest'], // §3.8 [TKR, R]
  ['childs-pose-wide-knee', 'tkr_early', 'avoid', 'crook-lying-rest'],
  ['childs-pose-arms-by-sides', 'tkr_early', 'avoid', 'crook-lying-rest'],
  ['childs-pose-supported', 'tkr_early', 'avoid', 'crook-lying-rest'],
  ['cat-cow', 'tkr_early', 'avoid', 'seated-cat-cow'],
  ['bird-dog', 'tkr_early', 'avoid', 'dead-bug'],
  ['bird-dog-leg-reach', 'tkr_early', 'avoid', 'dead-bug'],
  ['thread-the-needle', 'tkr_early', 'avoid', 'open-book'],
  ['hip-flexor-kneeling', 'tkr_early', 'avoid', 'hip-flexor-standing'],
  ['plank-from-knees', 'tkr_early', 'avoid', 'incline-plank'],
  ['floor-rise-practice', 'tkr_early', 'avoid', 'sit-to-stand'] // §3.5 [TKR, R]
]

// §1 ladders named in the reference: [exercise, easier, harder].
const ladders: [string, string | undefined, string | undefined][] = [
  ['chin-tucks', 'chin-tuck-lying', 'deep-neck-flexor-head-lift'],
  ['wall-angels', 'wall-slide-flexion', undefined],
  ['heel-slides', undefined, 'seated-knee-flexion-slide'],
  ['glute-bridge', 'glute-sets', 'single-leg-bridge']
]

describe('exercise × condition matrix from the clinical reference', () => {
  it.each(matrix)('%s with %s is %s (safer: %s)', (exerciseId, condition, level, alternativeId) => {
    const rule = library.contraindications.get(exerciseId)?.get(condition)
    expect(rule?.level).toBe(level)
    expect(rule?.alternativeId).toBe(alternativeId)
  })

  it.each(regionalMatrix)('whole body: %s with %s is %s (safer: %s)', (exerciseId, condition, level, alternativeId) => {
    const rule = library.contraindications.get(exerciseId)?.get(condition)
    expect(rule?.level).toBe(level)
    expect(rule?.alternativeId).toBe(alternativeId)
    expect(rule?.sources.length).toBeGreaterThan(0)
  })

  it.each(ladders)('%s: easier %s, harder %s', (exerciseId, easier, harder) => {
    const ladder = ladderOf(library, library.exercises.get(exerciseId)!)
    expect(ladder.easier?.id).toBe(easier)
    expect(ladder.harder?.id).toBe(harder)
  })

  it('tags heel slides as a knee exercise too', () => {
    expect(library.exercises.get('heel-slides')?.regions).toContain('knee')
  })
})

describe('built-in templates', () => {
  const byTitle = (title: string) => library.templates.find((t) => t.title === title)

  it('gives the basic daily routine exactly as the source material does', () => {
    const basic = byTitle('Basic daily back routine (10–15 min)')
    expect(basic?.items.map((i) => [i.exerciseId, i.dosage.holdSeconds, i.dosage.reps, i.dosage.side])).toEqual([
      ['childs-pose', 60, 1, 'none'],
      ['cat-cow', undefined, 15, 'none'],
      ['knee-to-chest-single', 30, 2, 'each'],
      ['seated-spinal-twist', 30, 2, 'each'],
      ['pelvic-tilt', 5, 10, 'none']
    ])
  })

  it('keeps each timed routine inside the duration its title promises', () => {
    const basic = byTitle('Basic daily back routine (10–15 min)')
    const comprehensive = byTitle('Comprehensive back routine (20–30 min)')
    if (!basic || !comprehensive) throw new Error('missing template')
    expect(estimatePlanMinutes(basic, library)).toBeGreaterThanOrEqual(10)
    expect(estimatePlanMinutes(basic, library)).toBeLessThanOrEqual(15)
    expect(estimatePlanMinutes(comprehensive, library)).toBeGreaterThanOrEqual(20)
    expect(estimatePlanMinutes(comprehensive, library)).toBeLessThanOrEqual(30)
  })

  it('puts every stretch from the source guide in the comprehensive routine, at 30–60 s holds or 10–20 repetitions', () => {
    const comprehensive = byTitle('Comprehensive back routine (20–30 min)')
    expect(comprehensive?.items.map((i) => i.exerciseId).sort()).toEqual([
      'cat-cow', 'childs-pose', 'figure-4-supine', 'knee-to-chest-single', 'pelvic-tilt', 'seated-spinal-twist',
      'sphinx', 'standing-back-extension', 'standing-side-stretch', 'thread-the-needle'
    ])
    for (const item of comprehensive?.items ?? []) {
      const rounds = (item.dosage.reps ?? 1) * (item.dosage.sets ?? 1)
      expect(rounds, item.exerciseId).toBeGreaterThanOrEqual(2)
      const { holdSeconds, reps } = item.dosage
      if (holdSeconds !== undefined && holdSeconds >= 15) expect(holdSeconds).toBeLessThanOrEqual(60)
      else expect(reps ?? 0).toBeGreaterThanOrEqual(10)
    }
  })

  it('builds the yoga template from the five poses, in order', () => {
    expect(byTitle('Yoga for back pain relief')?.items.map((i) => i.exerciseId))
      .toEqual(['cat-cow', 'childs-pose', 'sphinx', 'supine-twist', 'legs-up-the-wall'])
  })

  it('ships the three extra routines a physiotherapist expects', () => {
    for (const title of ['Acute low back pain: first week', 'Desk-worker break routine', 'Core stability progression']) {
      expect(byTitle(title), title).toBeDefined()
    }
    const desk = byTitle('Desk-worker break routine')
    const floor = desk?.items.filter((i) => !['sitting', 'standing'].includes(library.exercises.get(i.exerciseId)?.startingPosition ?? ''))
    expect(floor, 'a desk routine needs no floor').toEqual([])
  })
})
