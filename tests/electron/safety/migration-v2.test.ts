import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clientInput, openStore, storeFiles, tempDir } from '../store/helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

/** A version-1 client document as the previous release wrote it. */
function versionOneDocument(id: string, dateOfBirth: string) {
  const at = '2025-01-01T09:00:00.000Z'
  return {
    schemaVersion: 1,
    client: { id, schemaVersion: 1, givenName: 'Ana', familyName: 'Silva', dateOfBirth, conditions: [], surgeonRestrictions: '', notes: 'Walks daily.', archived: false, createdAt: at, updatedAt: at },
    screenings: [{
      id: 's1', schemaVersion: 1, clientId: id, date: '2025-01-01', answers: { flags: { ces_saddle: 'no' } }, clinicianNote: '', createdAt: at,
      outcome: { outcome: 'clear', findings: [], age: null, derivedFlags: [], unanswered: ['ces_bladder'], spa: { gate: 'unknown', featureCount: 0, features: [], recommendation: 'none' } }
    }],
    plans: []
  }
}

describe('client document version 1 → 2', () => {
  it('keeps an impossible date of birth in the notes, calls an open "clear" incomplete, and adds decisions', async () => {
    const store = openStore(temp.dir)
    const { id } = await store.clients.create(clientInput())
    await store.idle()
    await (await storeFiles(temp.dir)).write(`clients/${id}.json`, versionOneDocument(id, '2999-01-01'))

    const record = await openStore(temp.dir).clients.get(id)
    expect(record.client.dateOfBirth).toBeUndefined()
    expect(record.client.notes).toMatch(/^Date of birth 2999-01-01 was removed from the profile.*\n\nWalks daily\.$/s)
    expect(record.screenings[0]?.outcome.outcome).toBe('incomplete')
    expect(record.decisions).toEqual([])
  })

  it('leaves a plausible date of birth alone', async () => {
    const store = openStore(temp.dir)
    const { id } = await store.clients.create(clientInput())
    await store.idle()
    await (await storeFiles(temp.dir)).write(`clients/${id}.json`, versionOneDocument(id, '1960-04-02'))
    const record = await openStore(temp.dir).clients.get(id)
    expect(record.client.dateOfBirth).toBe('1960-04-02')
    expect(record.client.notes).toBe('Walks daily.')
  })
})

describe('settings version 1 → 2', () => {
  it('adds the 90-day review interval and keeps the clinic details', async () => {
    const store = openStore(temp.dir)
    await store.settings.get()
    await store.clients.list()
    const files = await storeFiles(temp.dir)
    await files.write('settings.json', {
      schemaVersion: 1, clinicName: 'Back Care', clinicAddress: '', clinicPhone: '', clinicEmail: '', clinicianName: '', logoFile: null,
      handout: { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true }
    })
    const settings = await openStore(temp.dir).settings.get()
    expect(settings).toMatchObject({ schemaVersion: 2, clinicName: 'Back Care', reviewIntervalDays: 90 })
    expect((files.read('settings.json') as { schemaVersion: number }).schemaVersion).toBe(1) // read only; written back on the next save
  })
})
