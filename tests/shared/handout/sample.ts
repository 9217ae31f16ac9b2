import type { Client, Plan, PlanItem } from '../../../shared/domain'
import type { Settings } from '../../../shared/domain/settings'
import { defaultSettings } from '../../../shared/domain/settings'
import type { HandoutOptions } from '../../../shared/handout'

const stamp = '2026-03-02T09:00:00Z'

export const sampleExerciseIds = [
  'childs-pose', 'cat-cow', 'knee-to-chest-single', 'pelvic-tilt', 'glute-bridge', 'bird-dog',
  'sphinx', 'supine-twist-small-range', 'figure-4-supine', 'hamstring-stretch-strap', 'standing-side-stretch', 'crook-lying-rest'
] as const

export function sampleItem(exerciseId: string, index: number, extra: Partial<PlanItem> = {}): PlanItem {
  return {
    id: `item-${index}`,
    exerciseId,
    dosage: index % 2 === 0
      ? { holdSeconds: 30, reps: 3, side: 'each', frequency: { timesPerDay: 2, daysPerWeek: 7 } }
      : { reps: 10, sets: 2, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 5 } },
    patientNote: '',
    clinicianNote: 'Not for the handout.',
    acknowledgedWarnings: [],
    ...extra
  }
}

export function samplePlan(exerciseIds: readonly string[] = sampleExerciseIds, overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1',
    schemaVersion: 1,
    clientId: 'client-1',
    title: 'Easing your lower back',
    goals: ['Sit through a working day without stiffness', 'Walk the dog for 30 minutes again'],
    items: exerciseIds.map((id, i) => sampleItem(id, i, i === 1 ? { patientNote: 'Keep the movement small at first. Go a little further each day if it feels fine.' } : {})),
    status: 'active',
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides
  }
}

export function sampleClient(overrides: Partial<Client> = {}): Client {
  return {
    id: 'client-1', schemaVersion: 1, givenName: 'Zoë', familyName: 'Müller-Łukasiewicz', conditions: [],
    surgeonRestrictions: '', notes: '', archived: false, createdAt: stamp, updatedAt: stamp, ...overrides
  }
}

export const sampleSettings: Settings = {
  ...defaultSettings,
  clinicName: 'Harbour Physiotherapy',
  clinicAddress: '12 Quay Street, Bristol BS1 4DB',
  clinicPhone: '0117 496 0321',
  clinicEmail: 'hello@harbourphysio.example',
  clinicianName: 'Sam Okafor'
}

export const detailedA4: HandoutOptions = { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true }
