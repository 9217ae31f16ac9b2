import type { PlanItem } from '../../../../shared/domain/plan'

type Draft = { title: string; goals: readonly string[]; advice?: string; items: readonly PlanItem[] }

const itemFields = ['patientNote', 'clinicianNote', 'dosage'] as const

/**
 * Names a typing edit (one text field or one item's dose), so consecutive keystrokes in the
 * same field become one undo step. Anything structural (add, remove, move, swap, keep) gets
 * no key and is always its own step.
 */
export function editKey(before: Draft, after: Draft): string | undefined {
  const changed: string[] = []
  if (before.title !== after.title) changed.push('title')
  if (JSON.stringify(before.goals) !== JSON.stringify(after.goals)) changed.push('goals')
  if ((before.advice ?? '') !== (after.advice ?? '')) changed.push('advice')
  if (before.items.length !== after.items.length) return undefined
  for (let i = 0; i < after.items.length; i++) {
    const [was, now] = [before.items[i]!, after.items[i]!]
    if (was === now) continue
    if (was.id !== now.id || was.exerciseId !== now.exerciseId) return undefined
    if (JSON.stringify(was.acknowledgedWarnings) !== JSON.stringify(now.acknowledgedWarnings)) return undefined
    for (const field of itemFields) if (JSON.stringify(was[field]) !== JSON.stringify(now[field])) changed.push(`${now.id}.${field}`)
  }
  return changed.length === 1 ? changed[0] : undefined
}
