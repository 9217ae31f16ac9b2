import type { Answer, PathologyGroup, Screening } from '../../../../shared/domain'
import { library } from '../../../../shared/library'
import { inScope } from '../../../../shared/safety'
import { groupFlags } from './screening-view'

/** One answer of a saved screening, for the read-only view. */
export interface StoredAnswer {
  id: string
  question: string
  /** Undefined: left unanswered. */
  answer: Answer | undefined
  /** Answered from the date of birth on the day. */
  derived: boolean
}

/**
 * A saved screening's answers by group. Age-derived answers are not in the answers: every
 * flag that was yes appears in one of the stored findings, so the findings say which were.
 */
export function storedGroups(screening: Screening): { group: PathologyGroup; items: StoredAnswer[] }[] {
  const { answers, outcome } = screening
  const derived = new Set(outcome.derivedFlags)
  const cited = new Set(outcome.findings.filter((f) => f.group !== 'spondyloarthritis').flatMap((f) => f.flagIds))
  // The questions asked on the day: those of the areas screened (before issue 15, the back's).
  const scope = outcome.scope ?? { areas: ['back'], afterSurgery: [] }
  return groupFlags(library.redFlagList.filter((flag) => inScope(flag, scope)), () => undefined).map(({ group, items }) => ({
    group,
    items: items.map(({ flag }) => ({
      id: flag.id,
      question: flag.question,
      answer: derived.has(flag.id) ? (cited.has(flag.id) ? 'yes' : 'no') : answers.flags[flag.id],
      derived: derived.has(flag.id)
    }))
  }))
}

/** The SpA gate and, when it was yes, each feature (age-derived ones counted in the stored result). */
export function storedSpa(screening: Screening): { gate: Answer | undefined; features: StoredAnswer[] } {
  const spa = screening.answers.spa
  if (spa?.gate !== 'yes') return { gate: spa?.gate, features: [] }
  const counted = new Set(screening.outcome.spa.features)
  return {
    gate: 'yes',
    features: library.spa.features.map((feature) => {
      const derived = counted.has(feature.id) && spa.features[feature.id] === undefined
      return { id: feature.id, question: feature.question, answer: derived ? 'yes' : spa.features[feature.id], derived }
    })
  }
}
