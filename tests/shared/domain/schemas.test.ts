import { describe, expect, it } from 'vitest'
import {
  clientDisplayName, clientSchema, describeIssues, dosageSchema, planSchema, screeningSchema, templateSchema,
  type Dosage
} from '../../../shared/domain'
import { library } from '../../../shared/library'
import { screen } from '../../../shared/safety'
import { makeClient, makePlan } from '../fixtures'

const daily = { timesPerDay: 1, daysPerWeek: 7 }
const issuesOf = (result: { success: boolean; error?: Parameters<typeof describeIssues>[0] }) =>
  result.error ? describeIssues(result.error) : []

describe('dosage schema', () => {
  it.each<[string, unknown, string]>([
    ['a zero hold', { holdSeconds: 0, side: 'none', frequency: daily }, 'holdSeconds: Hold must be between 1 and 600 seconds'],
    ['a 20-minute hold', { holdSeconds: 1200, side: 'none', frequency: daily }, 'holdSeconds: Hold must be between 1 and 600 seconds'],
    ['half a repetition', { reps: 2.5, side: 'none', frequency: daily }, 'reps: Repetitions must be a whole number'],
    ['eight days a week', { reps: 5, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 8 } }, 'frequency.daysPerWeek: Days per week must be between 1 and 7'],
    ['an unknown side', { reps: 5, side: 'middle', frequency: daily }, 'side: Side must be one of: both, left, right, each, none'],
    ['neither hold nor repetitions', { side: 'none', frequency: daily }, 'reps: Give a hold time, a number of repetitions, minutes or steps'],
    ['a 3-hour walk', { minutes: 180, side: 'none', frequency: daily }, 'minutes: Minutes must be between 1 and 120'],
    ['an empty load', { reps: 10, load: ' ', side: 'none', frequency: daily }, 'load: Load: write something or leave it out'],
    ['a long range limit', { reps: 10, rangeLimit: 'x'.repeat(61), side: 'none', frequency: daily }, 'rangeLimit: Range limit: keep it under 60 characters']
  ])('rejects %s with a clear message', (_name, value, message) => {
    expect(issuesOf(dosageSchema.safeParse(value))).toContain(message)
  })

  it('accepts every default dose in the library', () => {
    for (const exercise of library.exerciseList) expect(dosageSchema.safeParse(exercise.defaultDose).success).toBe(true)
  })
})

describe('client schema', () => {
  it('accepts a complete client', () => {
    expect(clientSchema.safeParse(makeClient(['osteoporosis'], { dateOfBirth: '1950-04-03', sex: 'female' })).success).toBe(true)
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['no name at all', { givenName: ' ', familyName: '' }, 'givenName: Give the client a name'],
    ['an impossible date of birth', { dateOfBirth: '1990-02-30' }, 'dateOfBirth: Not a real calendar date'],
    ['a date of birth in another format', { dateOfBirth: '03/04/1950' }, 'dateOfBirth: Use the date format YYYY-MM-DD'],
    ['an unknown condition', { conditions: ['bad_back'] }, 'conditions.0: Unknown condition "bad_back"'],
    ['a condition listed twice', { conditions: ['osteoporosis', 'osteoporosis'] }, 'conditions: A condition is listed twice'],
    ['a future schema version', { schemaVersion: 2 }, 'schemaVersion: Invalid input: expected 1']
  ])('rejects %s', (_name, overrides, message) => {
    expect(issuesOf(clientSchema.safeParse({ ...makeClient(), ...overrides }))).toContain(message)
  })

  it('prefers the display name, else joins given and family names', () => {
    expect(clientDisplayName({ givenName: 'Alex', familyName: 'Morgan' })).toBe('Alex Morgan')
    expect(clientDisplayName({ givenName: 'Alexandra', familyName: 'Morgan', displayName: 'Sandy' })).toBe('Sandy')
    expect(clientDisplayName({ givenName: '', familyName: 'Morgan' })).toBe('Morgan')
  })
})

describe('plan, template and screening schemas', () => {
  it('names the exact field of a bad dose inside a plan', () => {
    const plan = makePlan(['cat-cow'])
    const bad = { ...plan, items: [{ ...plan.items[0], dosage: { holdSeconds: 0, side: 'none', frequency: daily } as unknown as Dosage }] }
    expect(issuesOf(planSchema.safeParse(bad))).toContain('items.0.dosage.holdSeconds: Hold must be between 1 and 600 seconds')
  })

  it('allows a plan without a client (a template draft) but not one without a title', () => {
    expect(planSchema.safeParse(makePlan(['cat-cow'], { clientId: null })).success).toBe(true)
    expect(issuesOf(planSchema.safeParse(makePlan([], { title: '  ' })))).toContain('title: Give the plan a title')
  })

  it('requires a reason to keep an exercise despite a warning', () => {
    const plan = makePlan(['childs-pose'])
    const item = { ...plan.items[0], acknowledgedWarnings: [{ condition: 'thr_posterior', reason: '', date: '2025-01-10' }] }
    expect(issuesOf(planSchema.safeParse({ ...plan, items: [item] }))).toContain('items.0.acknowledgedWarnings.0.reason: Say why the exercise is kept')
  })

  it('validates every built-in template', () => {
    for (const template of library.templates) expect(templateSchema.safeParse(template).success, template.id).toBe(true)
  })

  it('stores a screening with the outcome snapshot screen() produced', () => {
    const answers = { flags: { ces_saddle: 'yes' as const } }
    const screening = {
      id: 'screening-1', schemaVersion: 1, clientId: 'client-1', date: '2025-06-01', answers,
      outcome: screen(answers, null, '2025-06-01'), clinicianNote: '', createdAt: '2025-06-01T10:00:00Z'
    }
    const parsed = screeningSchema.parse(screening)
    expect(parsed.outcome.outcome).toBe('emergency')
  })

  it('rejects an answer other than yes, no or unknown, and an unknown red-flag id', () => {
    const screening = { flags: { ces_saddle: 'maybe', ces_sadle: 'yes' } }
    const issues = issuesOf(screeningSchema.shape.answers.safeParse(screening))
    expect(issues).toContain('flags.ces_saddle: Answer must be yes, no or unknown')
    expect(issues).toContain('flags: Unrecognized key: "ces_sadle"')
  })
})
