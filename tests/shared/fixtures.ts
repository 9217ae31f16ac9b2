import type { AcknowledgedWarning, Client, ConditionId, Dosage, Plan, PlanItem } from '../../shared/domain'

export const everyDay = { timesPerDay: 1, daysPerWeek: 7 } as const
export const holdDose: Dosage = { holdSeconds: 30, reps: 2, side: 'none', frequency: everyDay }

export function makeItem(exerciseId: string, index = 0, acknowledgedWarnings: AcknowledgedWarning[] = []): PlanItem {
  return { id: `item-${index}`, exerciseId, dosage: holdDose, patientNote: '', clinicianNote: '', acknowledgedWarnings }
}

export function makePlan(exerciseIds: readonly string[], overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1',
    schemaVersion: 1,
    clientId: 'client-1',
    title: 'Home plan',
    goals: [],
    items: exerciseIds.map((id, index) => makeItem(id, index)),
    status: 'draft',
    createdAt: '2025-01-10T09:00:00Z',
    updatedAt: '2025-01-10T09:00:00Z',
    ...overrides
  }
}

export function makeClient(conditions: ConditionId[] = [], overrides: Partial<Client> = {}): Client {
  return {
    id: 'client-1',
    schemaVersion: 1,
    givenName: 'Alex',
    familyName: 'Morgan',
    conditions,
    surgeonRestrictions: '',
    notes: '',
    archived: false,
    createdAt: '2025-01-10T09:00:00Z',
    updatedAt: '2025-01-10T09:00:00Z',
    ...overrides
  }
}
