import type { AcknowledgedWarning, Client, ConditionId, PlanItem, SourceKey } from '../domain'

/** What a check needs from a plan: saved plans and unsaved drafts both fit. */
export type CheckedPlan = { items: readonly Pick<PlanItem, 'id' | 'exerciseId' | 'dosage' | 'acknowledgedWarnings'>[] }
export type CheckedClient = Pick<Client, 'conditions' | 'surgeonRestrictions'> & Partial<Pick<Client, 'restrictions'>>

export interface ItemWarning {
  condition: ConditionId
  conditionName: string
  /** Set when the rule belongs to a condition implied by one the clinician chose (knee replacement → knee). */
  impliedBy?: ConditionId
  level: 'avoid' | 'caution'
  /** Clinician-facing, e.g. "Hip flexion past 90° after posterior hip replacement." */
  reason: string
  modification?: string
  /** A safer exercise that is not avoid-level for any of this client's conditions. */
  alternativeId?: string
  sources: SourceKey[]
  /** Set when the clinician chose "Keep, with reason" for this condition. */
  acknowledged: AcknowledgedWarning | null
}

export interface ItemCheck {
  itemId: string
  exerciseId: string
  /** The most severe warning still open; acknowledged warnings do not count. */
  status: 'ok' | 'caution' | 'avoid' | 'unknown-exercise'
  warnings: ItemWarning[]
}

export interface PlanNote {
  id: string
  level: 'warning' | 'info'
  message: string
  itemIds: string[]
  sources: SourceKey[]
}

export interface PlanCheck {
  items: ItemCheck[]
  notes: PlanNote[]
  counts: { avoid: number; caution: number; acknowledged: number }
  /** One session at the planned doses, in whole minutes. */
  estimatedMinutes: number
}
