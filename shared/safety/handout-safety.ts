import type { Client, ClinicalDecision, HoldReason, Screening } from '../domain'
import { library as builtInLibrary, type Library } from '../library'
import { checkPlan } from './check-plan'
import type { CheckedPlan } from './check-types'
import { exportGate, holdMessages } from './export-gate'
import { unresolvedAvoid } from './plan-integrity'

export interface UnresolvedWarning {
  itemId: string
  exerciseName: string
  conditionName: string
  /** "Swap to …" is offered, or null when no safe alternative exists. */
  alternativeName: string | null
}

/** What stands between a client's plan and a saved or printed handout. */
export interface HandoutSafety {
  /** Why the screening holds the handout, until a decision is recorded; null when nothing holds it. */
  hold: HoldReason | null
  /** The decision that released (or would explain) the hold, shown on the plan and the handout page. */
  decision: ClinicalDecision | null
  /** Avoid warnings neither swapped, removed nor kept with a reason. */
  unresolved: UnresolvedWarning[]
}

export function handoutSafety(
  plan: CheckedPlan,
  record: { client: Pick<Client, 'conditions' | 'surgeonRestrictions'>; screenings: readonly Screening[]; decisions: readonly ClinicalDecision[] },
  today: string,
  reviewIntervalDays: number,
  library: Library = builtInLibrary
): HandoutSafety {
  const gate = exportGate(record, today, reviewIntervalDays)
  const check = checkPlan(plan, record.client, library)
  const unresolved = unresolvedAvoid(check).flatMap((item) => item.warnings
    .filter((w) => w.level === 'avoid' && !w.acknowledged)
    .map((w) => ({
      itemId: item.itemId,
      exerciseName: library.exercises.get(item.exerciseId)?.name ?? item.exerciseId,
      conditionName: w.conditionName,
      alternativeName: w.alternativeId ? library.exercises.get(w.alternativeId)?.name ?? null : null
    })))
  return { hold: gate.status === 'held' ? gate.reason : null, decision: gate.decision, unresolved }
}

/** Everything missing before export, one line each; empty when the handout may be saved or printed. */
export function exportBlockers(safety: HandoutSafety): { path: string; message: string }[] {
  const lines = safety.hold ? [{ path: 'decision', message: holdMessages[safety.hold] }] : []
  return [...lines, ...safety.unresolved.map((u) => ({
    path: `items.${u.itemId}`,
    message: `"${u.exerciseName}" is marked Avoid for ${u.conditionName}: swap it, remove it, or keep it with a reason.`
  }))]
}
