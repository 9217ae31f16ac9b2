import { describe, expect, it } from 'vitest'
import { bodyAreas, type RedFlagId, type ScreenAnswers } from '../../../shared/domain'
import { library } from '../../../shared/library'
import { handoutScope, problemScope, screen, screeningQuestions, seekHelpFor, type ScreenClient } from '../../../shared/safety'

const today = '2026-03-02'
const asked = (client: ScreenClient | null) => screeningQuestions(client).flags.map((f) => f.id)
/** Every question this client is asked answered "no", except the given ones "yes". */
const answers = (client: ScreenClient | null, ...yes: RedFlagId[]): ScreenAnswers =>
  ({ flags: Object.fromEntries(asked(client).map((id) => [id, yes.includes(id) ? 'yes' : 'no'])) })

const knee: ScreenClient = { conditions: ['tkr_early'], dateOfBirth: '1955-05-05' }
const neck: ScreenClient = { problemAreas: ['neck'], conditions: [] }
const ankle: ScreenClient = { problemAreas: ['ankle-foot'], conditions: [] }

describe('the screening asks the red flags of the client’s problem areas', () => {
  it('asks a knee replacement about clots, the wound, a hot joint and the Ottawa knee rule, not the cauda equina', () => {
    const ids = asked(knee)
    expect(ids).toEqual(expect.arrayContaining(['dvt_signs', 'pe_signs', 'wound_infection', 'compartment_syndrome', 'hot_swollen_joint', 'ottawa_knee', 'fever_unwell', 'ca_history']))
    for (const back of ['ces_saddle', 'ces_bladder', 'age_onset', 'aaa_acute', 'trauma_minor_op'] as const) expect(ids).not.toContain(back)
    expect(screeningQuestions(knee).asksSpa).toBe(false)
    expect(screen(answers(knee), knee, today)).toMatchObject({ outcome: 'clear', unanswered: [], scope: { areas: ['knee'], afterSurgery: ['knee'], assumed: false } })
  })

  it('asks the clot questions only after surgery: knee osteoarthritis gets the joint and injury questions', () => {
    const ids = asked({ conditions: ['knee_oa'] })
    expect(ids).toContain('hot_swollen_joint')
    expect(ids).not.toContain('dvt_signs')
  })

  it('makes signs of a clot after knee surgery an emergency, and a worsening wound urgent (emergency with fever)', () => {
    expect(screen(answers(knee, 'dvt_signs'), knee, today)).toMatchObject({ outcome: 'emergency', findings: [{ group: 'post_operative', flagIds: ['dvt_signs'] }] })
    expect(screen(answers(knee, 'wound_infection'), knee, today).outcome).toBe('urgent')
    expect(screen(answers(knee, 'wound_infection', 'fever_unwell'), knee, today).findings.find((f) => f.group === 'post_operative')).toMatchObject({ level: 'emergency', flagIds: expect.arrayContaining(['wound_infection', 'fever_unwell']) })
  })

  it('asks a neck client about neck arteries and myelopathy; any arterial sign is an emergency, risk factors alone are noted', () => {
    const ids = asked(neck)
    expect(ids).toEqual(expect.arrayContaining(['cad_posterior_signs', 'cad_sudden_headache', 'cad_anterior_signs', 'cad_risk_factors', 'cord_signs', 'myelopathy_cluster', 'ccr_imaging']))
    expect(ids).not.toContain('ces_saddle')
    expect(screen(answers(neck, 'cad_posterior_signs'), neck, today)).toMatchObject({ outcome: 'emergency', findings: [{ group: 'cervical_arterial' }] })
    expect(screen(answers(neck, 'cad_risk_factors'), neck, today)).toMatchObject({ outcome: 'clear', findings: [{ level: 'monitor' }] })
    expect(screen(answers(neck, 'myelopathy_cluster'), neck, today).outcome).toBe('urgent')
    expect(screen(answers(neck, 'ccr_imaging'), neck, today).outcome).toBe('emergency')
  })

  it('applies the Ottawa rules as their own rule: urgent X-ray, same-day within 10 days of the injury', () => {
    expect(screen(answers(ankle, 'ottawa_ankle'), ankle, today)).toMatchObject({ outcome: 'urgent', findings: [{ group: 'limb_injury', level: 'urgent' }] })
    expect(screen(answers(ankle, 'ottawa_ankle', 'injury_last_10_days'), ankle, today)).toMatchObject({ outcome: 'emergency', findings: [{ level: 'emergency', flagIds: ['ottawa_ankle', 'injury_last_10_days'] }] })
    // The injury's date only times the X-ray: on its own it is no red flag.
    expect(screen(answers(ankle, 'injury_last_10_days'), ankle, today)).toMatchObject({ outcome: 'clear', findings: [] })
    // …but it must be answered like every other question.
    const { injury_last_10_days: _open, ...rest } = answers(ankle).flags
    expect(screen({ flags: rest }, ankle, today)).toMatchObject({ outcome: 'incomplete', unanswered: ['injury_last_10_days'] })
  })

  it('makes a hot, swollen joint an emergency for every limb area', () => {
    for (const area of ['shoulder', 'elbow-wrist-hand', 'hip', 'knee', 'ankle-foot'] as const) {
      const client = { problemAreas: [area] }
      expect(screen(answers(client, 'hot_swollen_joint'), client, today).outcome).toBe('emergency')
    }
  })

  it('keeps the back screen for a client with no area recorded, and for a back client, spondyloarthritis included', () => {
    expect(problemScope({ conditions: [] }, library)).toEqual({ areas: ['back'], afterSurgery: [], assumed: true })
    expect(asked(null)).toContain('ces_saddle')
    expect(asked(null)).not.toContain('hot_swollen_joint')
    expect(screeningQuestions({ problemAreas: ['back'] }).asksSpa).toBe(true)
  })

  it('ignores answers to questions outside the client’s areas', () => {
    const flags = { ...answers(knee).flags, ces_saddle: 'yes' as const }
    expect(screen({ flags }, knee, today).outcome).toBe('clear')
  })

  it('adds a recorded area to the areas of the conditions, in head-to-toe order', () => {
    expect(problemScope({ conditions: ['tkr_early'], problemAreas: ['back'] }, library).areas).toEqual(['back', 'knee'])
  })

  it('gives every area an emergency question of its own', () => {
    for (const area of bodyAreas) {
      const own = library.redFlagList.filter((f) => (f.areas ?? []).includes(area) && !f.afterSurgery)
      expect(own.some((f) => f.outcome === 'emergency' || f.escalations.some((e) => e.outcome === 'emergency')), area).toBe(true)
    }
  })
})

describe('the handout’s "stop and seek help" signs follow the client’s areas', () => {
  const plan = (...ids: string[]) => ({ items: ids.map((exerciseId) => ({ exerciseId })) })
  const lines = (client: ScreenClient | null, items = plan('quads-set')) =>
    seekHelpFor(library.seekHelp, handoutScope(items as never, client, library)).map((i) => i.text).join('\n')

  it('lists the clot, wound and joint signs for a knee replacement, not bladder, bowels or "your back"', () => {
    const text = lines({ conditions: ['tkr_early'] })
    expect(text).toMatch(/calf or leg becomes painful/)
    expect(text).toMatch(/short of breath/)
    expect(text).toMatch(/wound/)
    expect(text).toMatch(/hot, swollen and very painful/)
    expect(text).not.toMatch(/bladder|bowel|between your legs|your back|both legs/i)
  })

  it('lists the back signs for a back client, and the neck signs for a neck client', () => {
    expect(lines({ problemAreas: ['back'] })).toMatch(/bladder or bowels/)
    expect(lines({ problemAreas: ['back'] })).not.toMatch(/calf|see double/)
    expect(lines({ problemAreas: ['neck'] })).toMatch(/see double/)
    expect(lines({ problemAreas: ['neck'] })).not.toMatch(/bladder/)
  })

  it('falls back on the plan’s main area when no client area is known', () => {
    expect(lines(null, plan('quads-set', 'short-arc-quad', 'heel-slides', 'glute-bridge'))).not.toMatch(/bladder/)
    expect(lines(null, plan('cat-cow', 'pelvic-tilt', 'bird-dog'))).toMatch(/bladder/)
  })
})
