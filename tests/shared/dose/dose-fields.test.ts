import { describe, expect, it } from 'vitest'
import type { Dosage } from '../../../shared/domain'
import { describeDose, estimateItemSeconds, timing } from '../../../shared/dose'

const daily = { timesPerDay: 1, daysPerWeek: 7 }

// Wording checks stay loose on purpose: the words of a dose are being reworked elsewhere;
// what matters here is that each new field reaches the patient at all.
describe('dose fields of the whole-body library', () => {
  it('says how long a timed activity lasts', () => {
    expect(describeDose({ minutes: 30, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 5 } })).toMatch(/30 min/)
  })

  it('gives the steps of a walking drill with its repetitions', () => {
    const text = describeDose({ steps: 10, reps: 4, side: 'none', frequency: daily })
    expect(text).toMatch(/10 steps/)
    expect(text).toMatch(/4 times/)
  })

  it('prints the load and the range limit as written', () => {
    const text = describeDose({ reps: 10, sets: 2, load: '1 kg ankle weight', rangeLimit: 'bend to 90°', side: 'each', frequency: daily })
    expect(text).toContain('1 kg ankle weight')
    expect(text).toContain('bend to 90°')
  })

  it('says "every waking hour" instead of a daily count', () => {
    const text = describeDose({ reps: 20, side: 'none', frequency: { timesPerDay: 10, daysPerWeek: 7, everyWakingHour: true } })
    expect(text).toMatch(/every waking hour/i)
    expect(text).not.toMatch(/10 times a day/)
  })

  it('estimates a timed activity by its minutes and a drill by about a second a step', () => {
    const walk: Dosage = { minutes: 20, side: 'none', frequency: daily }
    expect(estimateItemSeconds(walk, undefined)).toBe(timing.setupSeconds + 20 * 60)
    const drill: Dosage = { steps: 10, reps: 4, side: 'none', frequency: daily }
    expect(estimateItemSeconds(drill, undefined)).toBe(timing.setupSeconds + 40 + 0)
  })
})
