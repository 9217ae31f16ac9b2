import { describe, expect, it } from 'vitest'
import type { Dosage } from '../../../shared/domain'
import { describeDose, estimateItemSeconds, estimatePlanMinutes, timing } from '../../../shared/dose'
import { library } from '../../../shared/library'

const daily = { timesPerDay: 1, daysPerWeek: 7 }

describe('describeDose', () => {
  it.each<[string, Dosage]>([
    ['Hold 30 s · 3 times · each side · twice a day', { holdSeconds: 30, reps: 3, side: 'each', frequency: { timesPerDay: 2, daysPerWeek: 7 } }],
    ['Hold 1 min · once a day', { holdSeconds: 60, reps: 1, side: 'none', frequency: daily }],
    ['Hold 1 min 30 s · once a day', { holdSeconds: 90, side: 'none', frequency: daily }],
    ['15 times · once a day', { reps: 15, side: 'none', frequency: daily }],
    ['10 times · 2 sets · rest 30 s · 3 days a week', { reps: 10, sets: 2, restSeconds: 30, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 3 } }],
    ['2 times · left side · 3 times a day', { reps: 2, side: 'left', frequency: { timesPerDay: 3, daysPerWeek: 7 } }],
    ['Hold 20 s · 2 times · both sides together · twice a day, 5 days a week', { holdSeconds: 20, reps: 2, side: 'both', frequency: { timesPerDay: 2, daysPerWeek: 5 } }],
    ['8 times · right side · once a week', { reps: 8, side: 'right', frequency: { timesPerDay: 1, daysPerWeek: 1 } }],
    ['5 times · twice a day, 1 day a week', { reps: 5, side: 'none', frequency: { timesPerDay: 2, daysPerWeek: 1 } }],
    ['Hold 5 s · 10 times · once a day', { holdSeconds: 5, reps: 10, sets: 1, side: 'none', frequency: daily }],
    ['1 time · left side · once a day', { reps: 1, side: 'left', frequency: daily }]
  ])('%s', (text, dosage) => {
    expect(describeDose(dosage)).toBe(text)
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
