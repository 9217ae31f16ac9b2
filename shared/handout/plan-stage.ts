import type { Client, Plan } from '../domain'
import { postOpStatuses } from '../safety'
import type { HandoutLibrary } from './types'

/**
 * Where the patient is in their care, for the title: "Phase 2 · Week 3 after your operation".
 * The phase when the plan has one; the week since an operation the clinician recorded a date for
 * (the first, when there are several). Null when neither is known.
 */
export function planStage(plan: Pick<Plan, 'phase'>, client: Pick<Client, 'conditions' | 'operations'> | undefined, library: HandoutLibrary, today: string): string | null {
  const phase = plan.phase === undefined ? null : `Phase ${plan.phase}`
  const status = client && library.conditions ? postOpStatuses(client, { conditions: library.conditions }, today).find((s) => s.week !== null) : undefined
  const week = status ? `Week ${status.week} after your operation` : null
  const parts = [phase, week].filter((part): part is string => part !== null)
  return parts.length > 0 ? parts.join(' · ') : null
}
