import type { Plan, PlanItem } from './plan'

type PlanFields = Pick<Plan, 'title' | 'goals' | 'items' | 'advice' | 'phase' | 'status'>

const phaseSuffix = / [—-] Phase \d+$/

/**
 * The next phase of a plan: the same exercises, doses and notes (new item ids), titled
 * "… — Phase n", linked to its source, as a draft. Warning decisions carry over: they were
 * made for this client and the clinician sees them again in the builder.
 */
export function nextPhaseOf(source: Plan & { id: string }, newItemId: () => string): PlanFields & { previousPlanId: string } {
  const phase = (source.phase ?? 1) + 1
  return {
    title: `${source.title.replace(phaseSuffix, '')} — Phase ${phase}`.slice(0, 120),
    goals: [...source.goals],
    advice: source.advice,
    items: source.items.map((item) => ({ ...structuredClone(item), id: newItemId() })),
    phase,
    previousPlanId: source.id,
    status: 'draft'
  }
}

export type PhaseChange =
  | { kind: 'added'; exerciseId: string }
  | { kind: 'removed'; exerciseId: string }
  | { kind: 'dose'; exerciseId: string }

const sameDose = (a: PlanItem, b: PlanItem) => JSON.stringify(a.dosage) === JSON.stringify(b.dosage)

/** What changed in the exercises since the previous phase, in the new plan's order, removals last. */
export function phaseChanges(previous: Pick<Plan, 'items'>, current: Pick<Plan, 'items'>): PhaseChange[] {
  const before = new Map(previous.items.map((item) => [item.exerciseId, item]))
  const now = new Set(current.items.map((item) => item.exerciseId))
  const changes: PhaseChange[] = []
  for (const item of current.items) {
    const old = before.get(item.exerciseId)
    if (!old) changes.push({ kind: 'added', exerciseId: item.exerciseId })
    else if (!sameDose(old, item)) changes.push({ kind: 'dose', exerciseId: item.exerciseId })
  }
  for (const item of previous.items) if (!now.has(item.exerciseId)) changes.push({ kind: 'removed', exerciseId: item.exerciseId })
  return changes
}
