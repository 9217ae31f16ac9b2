import type { Client, Dosage, Plan, RedFlagId, ScreenAnswers } from '../../shared/domain'
import { library } from '../../shared/library'
import { checkPlan, screen } from '../../shared/safety'
import { measure } from './measure'

const dose: Dosage = { holdSeconds: 30, reps: 2, side: 'each', frequency: { timesPerDay: 1, daysPerWeek: 7 } }

function benchPlan(): Plan {
  const ids = library.exerciseList.map((e) => e.id)
  return {
    id: 'bench-plan', schemaVersion: 1, clientId: 'bench-client', title: 'Bench plan', goals: [], status: 'draft',
    createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
    items: Array.from({ length: 30 }, (_, i) => ({
      id: `item-${i}`, exerciseId: ids[i % ids.length] ?? 'cat-cow', dosage: dose, patientNote: '', clinicianNote: '',
      acknowledgedWarnings: []
    }))
  }
}

const client: Client = {
  id: 'bench-client', schemaVersion: 1, givenName: 'Bench', familyName: 'Client', dateOfBirth: '1958-05-01', sex: 'female',
  conditions: ['osteoporosis', 'thr_posterior', 'knee_pathology', 'pregnancy_t2plus', 'balance_falls_risk'],
  surgeonRestrictions: 'No flexion past 90° for 12 weeks', notes: '', archived: false,
  createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z'
}

const answers: ScreenAnswers = {
  flags: Object.fromEntries(library.redFlagList.map((f, i): [RedFlagId, 'yes' | 'no'] => [f.id, i % 5 === 0 ? 'yes' : 'no'])),
  spa: { gate: 'yes', features: { buttock_pain: 'yes', psoriasis: 'yes', arthritis: 'yes' } }
}

/** checkPlan on a 30-item plan for a client with 5 conditions, and screen with a full answer set. */
export async function benchSafety(): Promise<{ checkPlanMedianMs: number; screenMedianMs: number }> {
  const plan = benchPlan()
  const check = await measure(() => checkPlan(plan, client, library), 2000, 200)
  const screening = await measure(() => screen(answers, client, '2025-06-01', library), 5000, 500)
  return { checkPlanMedianMs: check.medianMs, screenMedianMs: screening.medianMs }
}
