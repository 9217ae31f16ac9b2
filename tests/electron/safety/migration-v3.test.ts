import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clientDocumentVersion } from '../../../electron/main/store/kinds'
import { clientInput, openStore, storeFiles, tempDir } from '../store/helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

const at = '2026-01-05T09:00:00.000Z'
const outcome = { outcome: 'clear', findings: [], age: 70, derivedFlags: [], unanswered: [], spa: { gate: 'no', featureCount: 0, features: [], recommendation: 'none' } }

/** A version-2 client document as the previous release wrote it: operations and restrictions already there, no problem areas. */
function versionTwoDocument(id: string, conditions: string[]) {
  return {
    schemaVersion: 2,
    client: {
      id, schemaVersion: 1, givenName: 'Ana', familyName: 'Silva', dateOfBirth: '1955-05-05', sex: 'female', conditions,
      surgeonRestrictions: 'No kneeling for 12 weeks.', notes: 'Walks daily.', archived: false, createdAt: at, updatedAt: at,
      operations: [{ condition: 'tkr_early', date: '2025-12-20', side: 'left' }],
      restrictions: [{ kind: 'weight-bearing', condition: 'tkr_early', status: 'partial-weight-bearing' }, { kind: 'hip-flexion-limit', condition: 'tkr_early', degrees: 90 }]
    },
    screenings: [{ id: 's1', schemaVersion: 1, clientId: id, date: '2026-01-05', answers: { flags: { ces_saddle: 'no' } }, clinicianNote: 'Asked in clinic.', createdAt: at, outcome }],
    plans: [{
      id: 'p1', schemaVersion: 1, clientId: id, title: 'Knee, weeks 0–6', goals: ['Walk to the shop'], status: 'active', createdAt: at, updatedAt: at,
      items: [{ id: 'i1', exerciseId: 'quads-set', patientNote: 'Gently', clinicianNote: '', acknowledgedWarnings: [], dosage: { holdSeconds: 5, reps: 10, side: 'left', frequency: { timesPerDay: 3, daysPerWeek: 7 } } }]
    }],
    decisions: [{ id: 'd1', choice: { kind: 'proceeding', reason: 'Seen by the surgeon last week.' }, date: '2026-01-05', screeningId: 's1', answers: 'incomplete', createdAt: at }]
  }
}

async function migrate(conditions: string[]) {
  const store = openStore(temp.dir)
  const { id } = await store.clients.create(clientInput())
  await store.idle()
  const files = await storeFiles(temp.dir)
  const old = versionTwoDocument(id, conditions)
  await files.write(`clients/${id}.json`, old)
  return { id, old, record: await openStore(temp.dir).clients.get(id) }
}

describe('client document version 2 → 3', () => {
  it('keeps every field, operation, restriction, screening, plan and decision, and adds problem areas', async () => {
    const { old, record } = await migrate(['tkr_early'])
    expect(clientDocumentVersion).toBe(3)
    // Nothing lost: the old client is a subset of the new one, field for field.
    expect(record.client).toEqual({ ...old.client, problemAreas: [] })
    expect(record.client.operations).toEqual(old.client.operations)
    expect(record.client.restrictions).toEqual(old.client.restrictions)
    expect(record.plans).toEqual(old.plans)
    expect(record.decisions).toEqual(old.decisions)
    // The stored screening keeps its answers and outcome, and now says it asked the back questions (what it did).
    expect(record.screenings[0]).toEqual({ ...old.screenings[0], outcome: { ...outcome, scope: { areas: ['back'], afterSurgery: [], assumed: true } } })
  })

  it('keeps the back for a client whose conditions name no area (every client was screened for the back until now)', async () => {
    const { record } = await migrate(['osteoporosis'])
    expect(record.client.problemAreas).toEqual(['back'])
  })

  it('writes the current version on the next save, and a save keeps the migrated fields', async () => {
    const { id } = await migrate(['tkr_early'])
    const store = openStore(temp.dir)
    await store.clients.update(id, { notes: 'Walks daily. Uses a stick.' })
    await store.idle()
    const saved = (await storeFiles(temp.dir)).read(`clients/${id}.json`) as { schemaVersion: number; client: { operations: unknown[]; problemAreas: unknown[] } }
    expect(saved.schemaVersion).toBe(3)
    expect(saved.client.operations).toHaveLength(1)
    expect(saved.client.problemAreas).toEqual([])
  })
})
