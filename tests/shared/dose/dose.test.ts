import { describe, expect, it } from 'vitest'
import type { Dosage } from '../../../shared/domain'
import { describeDose, estimateItemSeconds, estimatePlanMinutes, timing } from '../../../shared/dose'
import { library } from '../../../shared/library'

const daily = { timesPerDay: 1, daysPerWeek: 7 }

describe('describeDose: the dose in sentences a patient can follow', () => {
  it.each<[string, Dosage]>([
    ['Hold for 5 seconds. Do this 10 times. Rest for 15 seconds, then do all of it once more. Once a day.',
      { holdSeconds: 5, reps: 10, sets: 2, restSeconds: 15, side: 'none', frequency: daily }],
    ['Hold for 30 seconds. Do this 3 times on each side. Twice a day.', { holdSeconds: 30, reps: 3, side: 'each', frequency: { timesPerDay: 2, daysPerWeek: 7 } }],
    ['Hold for 1 minute. Once a day.', { holdSeconds: 60, reps: 1, side: 'none', frequency: daily }],
    ['Hold for 1 minute and 30 seconds. Once a day.', { holdSeconds: 90, side: 'none', frequency: daily }],
    ['Do it 15 times. Once a day.', { reps: 15, side: 'none', frequency: daily }],
    ['Do it 10 times. Rest for 30 seconds, then do all of it once more. 3 days a week.',
      { reps: 10, sets: 2, restSeconds: 30, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 3 } }],
    ['Do it 8 times. Then do all of it twice more. Once a day.', { reps: 8, sets: 3, side: 'none', frequency: daily }],
    ['Do it 5 times. Rest for 1 second, then do all of it 3 more times. Once a day.', { reps: 5, sets: 4, restSeconds: 1, side: 'none', frequency: daily }],
    ['Do it 2 times on your left side. 3 times a day.', { reps: 2, side: 'left', frequency: { timesPerDay: 3, daysPerWeek: 7 } }],
    ['Hold for 20 seconds. Do this 2 times with both sides together. Twice a day, 5 days a week.',
      { holdSeconds: 20, reps: 2, side: 'both', frequency: { timesPerDay: 2, daysPerWeek: 5 } }],
    ['Do it 8 times on your right side. Once a week.', { reps: 8, side: 'right', frequency: { timesPerDay: 1, daysPerWeek: 1 } }],
    ['Do it 5 times. Twice a day, 1 day a week.', { reps: 5, side: 'none', frequency: { timesPerDay: 2, daysPerWeek: 1 } }],
    ['Hold for 5 seconds. Do this 10 times. Once a day.', { holdSeconds: 5, reps: 10, sets: 1, side: 'none', frequency: daily }],
    ['Hold for 10 seconds. Do this on each side. Once a day.', { holdSeconds: 10, reps: 1, side: 'each', frequency: daily }],
    ['Do it once. Once a day.', { reps: 1, side: 'none', frequency: daily }],
    ['Do it on your left side. Once a day.', { reps: 1, side: 'left', frequency: daily }]
  ])('%s', (text, dosage) => {
    expect(describeDose(dosage)).toBe(text)
  })

  it('never prints unit codes or separators', () => {
    const text = describeDose({ holdSeconds: 45, reps: 3, sets: 2, restSeconds: 30, side: 'each', frequency: daily })
    expect(text).not.toMatch(/\d\s*(s|min)\b|·/)
  })
})

describe('estimateItemSeconds', () => {
  it('adds the set-up time, the holds and the settling between them', () => {
    const seconds = estimateItemSeconds({ holdSeconds: 30, reps: 2, side: 'none', frequency: daily }, undefined)
    expect(seconds).toBe(timing.setupSeconds + 2 * 30 + timing.betweenHoldsSeconds)
  })

  it('doubles the work, not the set-up, when done on each side', () => {
    const one = estimateItemSeconds({ holdSeconds: 30, reps: 2, side: 'none', frequency: daily }, undefined)
    const each = estimateItemSeconds({ holdSeconds: 30, reps: 2, side: 'each', frequency: daily }, undefined)
    expect(each - timing.setupSeconds).toBe(2 * (one - timing.setupSeconds))
  })

  it('uses the exercise tempo for moved repetitions, and rests between sets', () => {
    const seconds = estimateItemSeconds({ reps: 10, sets: 2, restSeconds: 20, side: 'none', frequency: daily }, { secondsPerRep: 6 })
    expect(seconds).toBe(timing.setupSeconds + 2 * 10 * 6 + 20)
  })
})

describe('estimatePlanMinutes', () => {
  it('is 0 for an empty plan and at least 1 for any exercise', () => {
    expect(estimatePlanMinutes({ items: [] }, library)).toBe(0)
    expect(estimatePlanMinutes({ items: [{ exerciseId: 'chin-tucks', dosage: { reps: 1, side: 'none', frequency: daily } }] }, library)).toBe(1)
  })

  it('sums the items of a plan', () => {
    const item = { exerciseId: 'childs-pose', dosage: { holdSeconds: 120, reps: 2, side: 'none' as const, frequency: daily } }
    const one = estimatePlanMinutes({ items: [item] }, library)
    expect(estimatePlanMinutes({ items: [item, item, item] }, library)).toBe(Math.round((3 * (30 + 245)) / 60))
    expect(one).toBe(Math.round((30 + 245) / 60))
  })
})
