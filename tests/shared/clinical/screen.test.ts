import { describe, expect, it } from 'vitest'
import { ageOn, redFlagIds, screenResultSchema, type Outcome, type RedFlagId, type ScreenAnswers } from '../../../shared/domain'
import { screen, type ScreenClient } from '../../../shared/safety'

const today = '2025-06-01'
/** Every question answered: the given flags "yes", all others "no". */
const yes = (...ids: RedFlagId[]): ScreenAnswers['flags'] => Object.fromEntries(redFlagIds.map((id) => [id, ids.includes(id) ? 'yes' : 'no']))
/** Every question answered except the age ones, which the date of birth then suggests. */
const yesAgeFromBirth = (...ids: RedFlagId[]): ScreenAnswers['flags'] => {
  const { age_older: _o, aaa_male_over_60: _m, ...rest } = yes(...ids)
  return rest
}
/** Only the given flags answered "yes"; everything else left open. */
const onlyYes = (...ids: RedFlagId[]): ScreenAnswers['flags'] => Object.fromEntries(ids.map((id) => [id, 'yes']))
const spaYes = (...features: string[]) => ({ gate: 'yes' as const, features: Object.fromEntries(features.map((f) => [f, 'yes' as const])) })

interface Scenario {
  name: string
  answers: ScreenAnswers
  client: ScreenClient | null
  outcome: Outcome
  /** Groups of the findings that set the outcome, most severe first. */
  groups: string[]
}

const scenarios: Scenario[] = [
  { name: 'every question answered no', answers: { flags: yes() }, client: { dateOfBirth: '1985-02-01' }, outcome: 'clear', groups: [] },
  { name: 'nothing answered', answers: { flags: {} }, client: { dateOfBirth: '1985-02-01' }, outcome: 'incomplete', groups: [] },
  { name: 'one question of all answered no', answers: { flags: { ces_saddle: 'no' } }, client: null, outcome: 'incomplete', groups: [] },
  { name: 'a 58-year-old with night pain only', answers: { flags: yes('rest_night_pain') }, client: { dateOfBirth: '1967-03-15' }, outcome: 'clear', groups: [] },
  { name: 'saddle numbness', answers: { flags: yes('ces_saddle') }, client: null, outcome: 'emergency', groups: ['cauda_equina'] },
  { name: 'new bladder disturbance', answers: { flags: yes('ces_bladder') }, client: null, outcome: 'emergency', groups: ['cauda_equina'] },
  { name: 'worsening leg weakness', answers: { flags: yes('neuro_progressive') }, client: null, outcome: 'emergency', groups: ['neurological'] },
  { name: 'history of cancer', answers: { flags: yes('ca_history') }, client: { dateOfBirth: '1980-01-01' }, outcome: 'urgent', groups: ['malignancy'] },
  { name: 'history of cancer with progressive weakness', answers: { flags: yes('ca_history', 'neuro_progressive') }, client: null, outcome: 'emergency', groups: ['neurological', 'malignancy'] },
  { name: 'a 55-year-old with night pain and no improvement after a month', answers: { flags: yes('rest_night_pain', 'no_improvement_1m') }, client: { dateOfBirth: '1970-03-15' }, outcome: 'urgent', groups: ['malignancy'] },
  { name: 'a 40-year-old with night pain only', answers: { flags: yes('rest_night_pain') }, client: { dateOfBirth: '1985-03-15' }, outcome: 'clear', groups: [] },
  { name: 'unexplained weight loss', answers: { flags: yes('weight_loss') }, client: null, outcome: 'urgent', groups: ['malignancy'] },
  { name: 'fall from height', answers: { flags: yes('trauma_major') }, client: null, outcome: 'emergency', groups: ['fracture'] },
  { name: 'long-term steroids at 72', answers: { flags: yesAgeFromBirth('steroids_long') }, client: { dateOfBirth: '1953-01-01' }, outcome: 'urgent', groups: ['fracture'] },
  { name: 'long-term steroids, woman of 66', answers: { flags: yesAgeFromBirth('steroids_long') }, client: { dateOfBirth: '1959-01-01', sex: 'female' }, outcome: 'urgent', groups: ['fracture'] },
  { name: 'long-term steroids, man of 66', answers: { flags: yesAgeFromBirth('steroids_long') }, client: { dateOfBirth: '1959-01-01', sex: 'male' }, outcome: 'clear', groups: [] },
  { name: 'fever with back pain', answers: { flags: yes('fever_unwell') }, client: null, outcome: 'emergency', groups: ['infection'] },
  { name: 'injecting drug use with a recent spinal injection', answers: { flags: yes('ivdu', 'recent_infection_procedure') }, client: null, outcome: 'urgent', groups: ['infection'] },
  { name: 'sudden tearing pain', answers: { flags: yes('aaa_acute') }, client: null, outcome: 'emergency', groups: ['vascular'] },
  { name: 'man of 67 who smokes', answers: { flags: yesAgeFromBirth('aaa_risk') }, client: { dateOfBirth: '1958-01-01', sex: 'male' }, outcome: 'urgent', groups: ['vascular'] },
  { name: 'axial SpA pattern with 4 features', answers: { flags: yes(), spa: spaYes('buttock_pain', 'better_with_movement', 'better_with_nsaids', 'psoriasis') }, client: { dateOfBirth: '1990-01-01' }, outcome: 'routine', groups: ['spondyloarthritis'] },
  { name: 'axial SpA pattern with 3 features', answers: { flags: yes(), spa: spaYes('buttock_pain', 'better_with_movement', 'psoriasis') }, client: { dateOfBirth: '1985-01-01' }, outcome: 'clear', groups: [] },
  { name: 'axial SpA pattern with questions still open', answers: { flags: {}, spa: spaYes('buttock_pain', 'better_with_movement', 'better_with_nsaids', 'psoriasis') }, client: null, outcome: 'incomplete', groups: ['spondyloarthritis'] },
  { name: 'emergency even with questions still open', answers: { flags: onlyYes('ces_saddle') }, client: null, outcome: 'emergency', groups: ['cauda_equina'] },
  { name: 'SpA features but the gate is not met', answers: { flags: yes(), spa: { ...spaYes('buttock_pain', 'better_with_movement', 'psoriasis', 'arthritis', 'enthesitis'), gate: 'no' } }, client: null, outcome: 'clear', groups: [] }
]

describe('screen: clinical scenarios', () => {
  it.each(scenarios)('$name → $outcome', ({ answers, client, outcome, groups }) => {
    const result = screen(answers, client, today)
    expect(result.outcome).toBe(outcome)
    expect(result.findings.filter((f) => f.level !== 'monitor').map((f) => f.group)).toEqual(groups)
    expect(screenResultSchema.safeParse(result).success).toBe(true)
  })
})

describe('screen: rules in detail', () => {
  it('asks about the first episode instead of deriving it from today\'s age', () => {
    const result = screen({ flags: yes('rest_night_pain') }, { dateOfBirth: '1970-03-15' }, today)
    expect(result.age).toBe(55)
    expect(result.derivedFlags).not.toContain('age_onset')
    expect(result.outcome).toBe('clear')
    expect(result.findings).toMatchObject([{ level: 'monitor', flagIds: ['rest_night_pain'] }])
    const firstEpisodeLate = screen({ flags: yes('rest_night_pain', 'age_onset') }, { dateOfBirth: '1970-03-15' }, today)
    expect(firstEpisodeLate.outcome).toBe('urgent')
    expect(firstEpisodeLate.findings[0]?.flagIds).toEqual(['age_onset', 'rest_night_pain'])
  })

  it('pre-fills an open age question from the date of birth as a suggestion; the clinician\'s answer wins', () => {
    const suggested = screen({ flags: { ...yes('steroids_long'), age_older: undefined } as ScreenAnswers['flags'] }, { dateOfBirth: '1953-01-01' }, today)
    expect(suggested.derivedFlags).toEqual(['age_older'])
    expect(suggested.outcome).toBe('urgent')
    const overruled = screen({ flags: yes('steroids_long') }, { dateOfBirth: '1953-01-01' }, today)
    expect(overruled.derivedFlags).toEqual([])
    expect(overruled.outcome).toBe('clear')
  })

  it('asks the sex-dependent item when sex is not recorded and age alone cannot decide', () => {
    const sixtySeven = screen({ flags: {} }, { dateOfBirth: '1958-01-01' }, today)
    expect(sixtySeven.derivedFlags).not.toContain('aaa_male_over_60')
    expect(sixtySeven.unanswered).toEqual(expect.arrayContaining(['aaa_male_over_60', 'age_older']))
    const seventyTwo = screen({ flags: {} }, { dateOfBirth: '1953-01-01' }, today)
    expect(seventyTwo.derivedFlags).toContain('age_older')
    expect(seventyTwo.unanswered).toContain('aaa_male_over_60')
  })

  it('shows one combination item as "monitor" without changing the outcome', () => {
    const result = screen({ flags: yes('thoracic_pain') }, null, today)
    expect(result.outcome).toBe('clear')
    expect(screen({ flags: onlyYes('thoracic_pain') }, null, today).outcome).toBe('incomplete')
    expect(result.findings).toMatchObject([{ group: 'malignancy', level: 'monitor', flagIds: ['thoracic_pain'] }])
  })

  it('does not add combination items across pathology groups', () => {
    const result = screen({ flags: yes('thoracic_pain', 'steroids_long', 'immunosuppressed') }, null, today)
    expect(result.outcome).toBe('clear')
    expect(result.findings.map((f) => f.level)).toEqual(['monitor', 'monitor', 'monitor'])
  })

  it('counts the SpA onset-before-35 feature from age, and suggests HLA-B27 at exactly 3 features', () => {
    const result = screen({ flags: {}, spa: spaYes('buttock_pain', 'psoriasis') }, { dateOfBirth: '1995-01-01' }, today)
    expect(result.spa).toEqual({ gate: 'yes', featureCount: 3, features: ['onset_before_35', 'buttock_pain', 'psoriasis'], recommendation: 'consider_hla_b27' })
    expect(result.findings[0]?.action).toMatch(/HLA-B27/)
  })

  it('never makes axial SpA more than a routine referral', () => {
    const all = ['buttock_pain', 'better_with_movement', 'better_with_nsaids', 'family_history', 'arthritis', 'enthesitis', 'psoriasis', 'wakes_second_half_night']
    const result = screen({ flags: yes(), spa: spaYes(...all) }, null, today)
    expect(result.outcome).toBe('routine')
    expect(result.spa.recommendation).toBe('refer')
  })

  it('tells the clinician to call an ambulance for suspected aneurysm rupture', () => {
    expect(screen({ flags: yes('aaa_acute') }, null, today).findings[0]?.action).toMatch(/ambulance/i)
  })

  it('lists items left unanswered so the form can show them', () => {
    const result = screen({ flags: { ces_saddle: 'no', ces_bladder: 'unknown' } }, null, today)
    expect(result.unanswered).toContain('ces_bladder')
    expect(result.unanswered).not.toContain('ces_saddle')
  })

  it('sorts findings most severe first', () => {
    const result = screen({ flags: yes('thoracic_pain', 'weight_loss', 'ces_bowel') }, null, today)
    expect(result.findings.map((f) => f.level)).toEqual(['emergency', 'urgent', 'monitor'])
  })

  it('is deterministic and leaves its inputs untouched', () => {
    const answers: ScreenAnswers = { flags: yes('ca_history', 'thoracic_pain') }
    const frozen = structuredClone(answers)
    expect(screen(answers, null, today)).toEqual(screen(answers, null, today))
    expect(answers).toEqual(frozen)
  })
})

describe('ageOn', () => {
  it.each([
    ['1970-06-01', '2025-06-01', 55],
    ['1970-06-02', '2025-06-01', 54],
    ['2000-02-29', '2025-02-28', 24],
    ['2000-02-29', '2025-03-01', 25]
  ])('born %s, on %s → %i', (dob, on, age) => {
    expect(ageOn(dob, on)).toBe(age)
  })
})
