import { ageOn, type Answer, type Finding, type Outcome, type RedFlag, type RedFlagId, type ScreenAnswers, type ScreenResult } from '../domain'
import { library as builtInLibrary, type Library } from '../library'
import { deriveFromAge, type ScreenClient } from './age-flags'
import { bySeverity, defaultActions, groupNames, higherLevel, outcomeOf } from './levels'
import { inScope, problemScope } from './problem-areas'
import { assessSpa } from './spa'

export type ScreeningRules = Pick<Library, 'redFlagList' | 'spa' | 'conditions'>
export type { ScreenClient } from './age-flags'

function escalate(flag: RedFlag, isYes: (id: RedFlagId) => boolean, base: Finding): Finding {
  let finding = base
  for (const escalation of flag.escalations) {
    const partners = escalation.withAny.filter(isYes)
    if (partners.length === 0) continue
    const level = higherLevel(finding.level, escalation.outcome)
    finding = {
      ...finding,
      level,
      flagIds: [...new Set([...finding.flagIds, ...partners])],
      reason: escalation.reason,
      action: defaultActions[level]
    }
  }
  return finding
}

function singleFinding(flag: RedFlag, level: Finding['level']): Finding {
  return {
    group: flag.group,
    level,
    flagIds: [flag.id],
    reason: `${flag.label}: a red flag for ${groupNames[flag.group]}.`,
    action: flag.action ?? defaultActions[level],
    sources: flag.sources
  }
}

function combinationFinding(flags: readonly RedFlag[]): Finding {
  const first = flags[0] as RedFlag
  const level = flags.length >= 2 ? 'urgent' : 'monitor'
  const labels = flags.map((f) => f.label.charAt(0).toLowerCase() + f.label.slice(1)).join(', ')
  return {
    group: first.group,
    level,
    flagIds: flags.map((f) => f.id),
    reason: flags.length >= 2
      ? `${flags.length} combination flags for ${groupNames[first.group]}: ${labels}.`
      : `One combination flag for ${groupNames[first.group]}: ${labels}. It counts only alongside another.`,
    action: defaultActions[level],
    sources: [...new Set(flags.flatMap((f) => f.sources))]
  }
}

/** Emergency and urgent stand whatever is left open; anything lower cannot be trusted until every question is answered. */
function withOpenQuestions(outcome: Outcome, unanswered: readonly RedFlagId[]): Outcome {
  return unanswered.length > 0 && (outcome === 'clear' || outcome === 'routine') ? 'incomplete' : outcome
}

/** A lone "monitor" item already cited by a stronger finding would only repeat it. */
function isCoveredElsewhere(finding: Finding, all: readonly Finding[]): boolean {
  return finding.level === 'monitor' && all.some((other) =>
    other !== finding && other.level !== 'monitor' && finding.flagIds.every((id) => other.flagIds.includes(id)))
}

/** The questions a screening of this client asks: general ones and those of the client's problem areas. */
export function screeningQuestions(client: ScreenClient | null, rules: ScreeningRules = builtInLibrary) {
  const scope = problemScope(client, rules)
  return { scope, flags: rules.redFlagList.filter((flag) => inScope(flag, scope)), asksSpa: scope.areas.includes('back') }
}

/**
 * Red-flag screen. Pure: the same answers, client and day always give the same result.
 * The date of birth only suggests an answer to an age question the clinician left open; the
 * clinician's own answer always wins. With nothing urgent found, any open question (unanswered
 * or "not sure") makes the outcome "incomplete", never "clear": every red-flag group can reach
 * urgent or emergency. Only the questions for the client's problem areas count (see
 * `screeningQuestions`); answers to others are ignored.
 */
export function screen(
  answers: ScreenAnswers,
  client: ScreenClient | null,
  today: string,
  rules: ScreeningRules = builtInLibrary
): ScreenResult {
  const age = client?.dateOfBirth ? ageOn(client.dateOfBirth, today) : null
  const { scope, flags: asked, asksSpa } = screeningQuestions(client, rules)
  const values = new Map<RedFlagId, Answer>()
  const derivedFlags: RedFlagId[] = []
  const unanswered: RedFlagId[] = []
  for (const flag of asked) {
    const answered = answers.flags[flag.id]
    const suggested = answered === undefined && flag.derivedFromAge ? deriveFromAge(flag.derivedFromAge, age, client?.sex) : undefined
    if (suggested) derivedFlags.push(flag.id)
    const value = answered ?? suggested ?? 'unknown'
    if (value === 'unknown') unanswered.push(flag.id)
    values.set(flag.id, value)
  }
  const isYes = (id: RedFlagId) => values.get(id) === 'yes'

  const findings: Finding[] = []
  const combinationsByGroup = new Map<RedFlag['group'], RedFlag[]>()
  for (const flag of asked) {
    if (!isYes(flag.id) || flag.rule === 'context') continue
    if (flag.rule === 'single') {
      findings.push(escalate(flag, isYes, singleFinding(flag, flag.outcome ?? 'urgent')))
    } else if (flag.escalations.some((e) => e.withAny.some(isYes))) {
      findings.push(escalate(flag, isYes, singleFinding(flag, 'monitor')))
    } else {
      const group = combinationsByGroup.get(flag.group) ?? []
      group.push(flag)
      combinationsByGroup.set(flag.group, group)
    }
  }
  for (const flags of combinationsByGroup.values()) findings.push(combinationFinding(flags))

  const spa = assessSpa(asksSpa ? answers.spa : undefined, rules.spa, age)
  if (spa.finding) findings.push(spa.finding)
  const shown = findings.filter((f) => !isCoveredElsewhere(f, findings)).sort(bySeverity)
  return { outcome: withOpenQuestions(outcomeOf(shown), unanswered), findings: shown, age, derivedFlags, unanswered, spa: spa.spa, scope }
}
