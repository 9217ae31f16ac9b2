import type { ClinicalDecision, HoldReason, Screening } from '../domain'
import { latestScreening, screeningState } from './screening-state'

export type ExportGate =
  | { status: 'open'; screeningId: string; decision: ClinicalDecision | null }
  | { status: 'held'; reason: HoldReason; screeningId: string | null; decision: null }
  | { status: 'decided'; reason: HoldReason; screeningId: string | null; decision: ClinicalDecision }

/** Why the latest screening holds a handout, or null when it does not. */
export function holdReasonOf(latest: Screening | undefined, today: string, reviewIntervalDays: number): HoldReason | null {
  if (!latest) return 'missing'
  const state = screeningState({ outcome: latest.outcome.outcome, date: latest.date }, today, reviewIntervalDays)
  if (state === 'emergency' || state === 'urgent' || state === 'incomplete' || state === 'due') return state
  return null
}

/** The newest decision that answers this screening and this reason. */
export function decisionFor(decisions: readonly ClinicalDecision[], screeningId: string | null, reason: HoldReason): ClinicalDecision | null {
  const matching = decisions.filter((d) => d.screeningId === screeningId && d.answers === reason)
  return matching.reduce<ClinicalDecision | null>((best, d) => (!best || d.createdAt > best.createdAt ? d : best), null)
}

/** Same outcome and the same findings at the same levels: nothing new for the clinician to decide. */
function sameResult(a: Screening, b: Screening): boolean {
  const key = (s: Screening) => [s.outcome.outcome, ...s.outcome.findings.map((f) => `${f.level}:${[...f.flagIds].sort().join('+')}`).sort()].join('|')
  return key(a) === key(b)
}

/**
 * A decision about this screening, or about an earlier one with the same result that a run of
 * unchanged screenings leads back to: re-screening a referred client and finding the same flags
 * does not ask for the same decision again. Anything new (another flag, a higher level) does.
 */
function carriedDecision(screenings: readonly Screening[], latest: Screening, decisions: readonly ClinicalDecision[], reason: HoldReason): ClinicalDecision | null {
  const newestFirst = [...screenings].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
  for (const screening of newestFirst.slice(newestFirst.indexOf(latest))) {
    if (!sameResult(screening, latest)) return null
    const decision = decisionFor(decisions, screening.id, reason)
    if (decision) return decision
  }
  return null
}

/**
 * The export gate (issue 10): a handout for a client is held while the latest screening is
 * missing, emergency, urgent, incomplete or older than the review interval, until the clinician
 * records a decision about that screening. A newer screening asks again unless its result is
 * unchanged (same outcome, same findings). Pure: main's
 * handout service, the CLI and the page all call it.
 */
export function exportGate(
  record: { screenings: readonly Screening[]; decisions: readonly ClinicalDecision[] },
  today: string,
  reviewIntervalDays: number
): ExportGate {
  const latest = latestScreening(record.screenings)
  const screeningId = latest?.id ?? null
  const reason = holdReasonOf(latest, today, reviewIntervalDays)
  if (reason === null) {
    // Still shown on the plan: the last decision about this screening, if any (e.g. "cleared by a doctor").
    const last = record.decisions.filter((d) => d.screeningId === screeningId).at(-1) ?? null
    return { status: 'open', screeningId: screeningId!, decision: last }
  }
  const decision = latest && reason !== 'due'
    ? carriedDecision(record.screenings, latest, record.decisions, reason)
    : decisionFor(record.decisions, screeningId, reason)
  return decision ? { status: 'decided', reason, screeningId, decision } : { status: 'held', reason, screeningId, decision: null }
}

/** One sentence naming what is missing, for errors from main and the CLI. */
export const holdMessages: Record<HoldReason, string> = {
  missing: 'This client has no red-flag screening. Screen the client, or record a clinical decision, before the handout is saved or printed.',
  emergency: 'The latest screening is Emergency. Record a clinical decision (referred, cleared by a doctor, or proceeding with a reason) before the handout is saved or printed.',
  urgent: 'The latest screening is Urgent. Record a clinical decision (referred, cleared by a doctor, or proceeding with a reason) before the handout is saved or printed.',
  incomplete: 'The latest screening is incomplete. Answer the open questions, or record a clinical decision, before the handout is saved or printed.',
  due: 'The latest screening is older than the review interval. Screen the client again, or record a clinical decision, before the handout is saved or printed.'
}
