import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clientInput, manualClock, openStore, planInput, freshFolders } from './helpers'

const { laptop, desktop } = freshFolders('laptop', 'desktop')

const passphrase = 'correct horse battery staple'
const titlesOf = async (store: ReturnType<typeof openStore>, id: string) => (await store.plans.list(id)).map((p) => p.title).sort()
const namesOf = async (store: ReturnType<typeof openStore>) => (await store.clients.list()).map((s) => s.givenName).sort()

describe('moving work between two computers', () => {
  it('export from A, import into B, work on both, export again both ways: nothing lost, conflicts kept as copies and reported', async () => {
    const clock = manualClock()
    const a = openStore(laptop.dir, { now: clock.now })
    const b = openStore(desktop.dir, { now: clock.now })
    const ana = await a.clients.create(clientInput({ givenName: 'Ana' }))
    const shared = await a.plans.create(ana.id, planInput('Shared plan'))
    await a.clients.create(clientInput({ givenName: 'Bea' }))
    await a.transfer.exportAll(join(laptop.dir, 'first.physioplan'), passphrase)
    const first = await b.transfer.importAll(join(laptop.dir, 'first.physioplan'), passphrase)
    expect(first.added.map((i) => i.label).sort()).toEqual(['Ana Silva', 'Bea Silva'])

    // Both computers work on Ana, each adds a client, and both change the shared plan (the desktop later).
    clock.advance(60_000)
    await a.plans.create(ana.id, planInput('Added on the laptop'))
    await a.plans.save(ana.id, shared.id, planInput('Shared plan, laptop edit'))
    await a.clients.create(clientInput({ givenName: 'Cai' }))
    clock.advance(60_000)
    await b.plans.create(ana.id, planInput('Added on the desktop'))
    await b.plans.save(ana.id, shared.id, planInput('Shared plan, desktop edit'))
    await b.clients.create(clientInput({ givenName: 'Dee' }))
    await b.clients.update(ana.id, { notes: 'Seen on the desktop' })

    clock.advance(60_000)
    await a.transfer.exportAll(join(laptop.dir, 'from-a.physioplan'), passphrase)
    await b.transfer.exportAll(join(desktop.dir, 'from-b.physioplan'), passphrase)
    const intoA = await a.transfer.importAll(join(desktop.dir, 'from-b.physioplan'), passphrase)
    const intoB = await b.transfer.importAll(join(laptop.dir, 'from-a.physioplan'), passphrase)

    const everyPlan = ['Added on the desktop', 'Added on the laptop', 'Shared plan, desktop edit', 'Shared plan, laptop edit (other copy)']
    for (const store of [a, b]) {
      expect(await namesOf(store)).toEqual(['Ana', 'Bea', 'Cai', 'Dee'])
      expect(await titlesOf(store, ana.id)).toEqual(everyPlan)
      expect((await store.clients.get(ana.id)).client.notes).toBe('Seen on the desktop')
    }
    const conflict = 'The plan “Shared plan, desktop edit” of Ana Silva differs between the two computers: the newer was kept, and the other saved as the plan “Shared plan, laptop edit (other copy)”.'
    expect(intoA.copies.map((c) => c.label)).toContain(conflict)
    expect(intoB.copies.map((c) => c.label)).toContain(conflict)
    expect(intoA.added.map((i) => i.label)).toEqual(['Dee Silva'])
    expect(intoA.merged.map((i) => i.label)).toEqual(['Ana Silva'])
    expect(intoB.added.map((i) => i.label)).toEqual(['Cai Silva'])

    // Importing the same file again changes nothing and makes no second copy.
    clock.advance(60_000)
    const again = await a.transfer.importAll(join(desktop.dir, 'from-b.physioplan'), passphrase)
    expect(again.added).toEqual([])
    expect(await titlesOf(openStore(laptop.dir), ana.id)).toEqual(everyPlan)
  }, 30_000)

  it('an untouched old version is the past, not a conflict: no "(other copy)" and no notes appended, either way', async () => {
    const clock = manualClock()
    const a = openStore(laptop.dir, { now: clock.now })
    const b = openStore(desktop.dir, { now: clock.now })
    const ana = await a.clients.create(clientInput({ givenName: 'Ana', notes: 'Knee pain after a fall' }))
    const plan = await a.plans.create(ana.id, planInput('Knee, phase 1'))
    await a.transfer.exportAll(join(laptop.dir, 'first.physioplan'), passphrase)
    await b.transfer.importAll(join(laptop.dir, 'first.physioplan'), passphrase)

    // The laptop edits the plan twice and the notes; the desktop only adds a plan of its own.
    clock.advance(60_000)
    await a.plans.save(ana.id, plan.id, planInput('Knee, phase 1 (harder)'))
    await a.plans.save(ana.id, plan.id, planInput('Knee, phase 1 (harder still)'))
    await a.clients.update(ana.id, { notes: 'Walking without a stick' })
    clock.advance(60_000)
    await b.plans.create(ana.id, planInput('Added on the desktop'))

    await a.transfer.exportAll(join(laptop.dir, 'from-a.physioplan'), passphrase)
    await b.transfer.exportAll(join(desktop.dir, 'from-b.physioplan'), passphrase)
    const intoA = await a.transfer.importAll(join(desktop.dir, 'from-b.physioplan'), passphrase)
    const intoB = await b.transfer.importAll(join(laptop.dir, 'from-a.physioplan'), passphrase)

    for (const store of [a, b]) {
      expect(await titlesOf(store, ana.id)).toEqual(['Added on the desktop', 'Knee, phase 1 (harder still)'])
      expect((await store.clients.get(ana.id)).client.notes).toBe('Walking without a stick')
    }
    expect(intoA.copies).toEqual([])
    expect(intoB.copies).toEqual([])

    // A real conflict afterwards is still one: both edit the plan again.
    clock.advance(60_000)
    await a.plans.save(ana.id, plan.id, planInput('Knee, phase 2 (laptop)'))
    clock.advance(60_000)
    await b.plans.save(ana.id, plan.id, planInput('Knee, phase 2 (desktop)'))
    await b.transfer.exportAll(join(desktop.dir, 'again.physioplan'), passphrase)
    const conflict = await a.transfer.importAll(join(desktop.dir, 'again.physioplan'), passphrase)
    expect(await titlesOf(a, ana.id)).toEqual(['Added on the desktop', 'Knee, phase 2 (desktop)', 'Knee, phase 2 (laptop) (other copy)'])
    expect(conflict.copies).toHaveLength(1)
  }, 30_000)

  it('a different person under the same id is kept apart, not merged', async () => {
    const a = openStore(laptop.dir)
    const b = openStore(desktop.dir)
    const ana = await a.clients.create(clientInput({ givenName: 'Ana', familyName: 'Silva', dateOfBirth: '1970-01-02' }))
    await a.plans.create(ana.id, planInput('Ana’s plan'))
    const file = join(laptop.dir, 'a.physioplan')
    await a.transfer.exportAll(file, passphrase)
    const other = await b.clients.create(clientInput({ givenName: 'Tom', familyName: 'Berg', dateOfBirth: '1990-05-06' }))
    // The same id on both computers (a hand-copied folder, say): rewrite B's record under Ana's id.
    const bDoc = await b.clients.get(other.id)
    await b.clients.delete(other.id, 'delete-client-permanently')
    const plainExport = join(desktop.dir, 'tom.json')
    writeFileSync(plainExport, JSON.stringify({
      format: 'physioplan-export', formatVersion: 1, exportedAt: new Date().toISOString(),
      clients: [{ schemaVersion: 2, client: { ...bDoc.client, id: ana.id }, screenings: [], plans: [], decisions: [] }],
      templates: [], customExercises: [], settings: null, logo: null
    }))
    await b.transfer.importAll(file, passphrase)
    const report = await b.transfer.importAll(plainExport)
    expect(report.keptApart).toHaveLength(1)
    expect(report.keptApart[0]!.label).toContain('Tom Berg, born 1990-05-06: a different person')
    const list = await b.clients.list()
    expect(list.map((s) => `${s.givenName} ${s.familyName}`).sort()).toEqual(['Ana Silva', 'Tom Berg'])
    expect(await titlesOf(b, ana.id)).toEqual(['Ana’s plan'])
  })

  it('a newer-version export says to update PhysioPlan; an over-long id is named and nothing is imported', async () => {
    const store = openStore(desktop.dir)
    const file = join(desktop.dir, 'x.json')
    const base = { format: 'physioplan-export', formatVersion: 1, exportedAt: new Date().toISOString(), templates: [], customExercises: [], settings: null, logo: null }
    writeFileSync(file, JSON.stringify({ ...base, formatVersion: 2, clients: [] }))
    await expect(store.transfer.importAll(file)).rejects.toMatchObject({ code: 'newer-version', message: expect.stringContaining('update PhysioPlan to open this file') })
    writeFileSync(file, JSON.stringify({ ...base, clients: [{ schemaVersion: 9, client: {} }] }))
    await expect(store.transfer.importAll(file)).rejects.toMatchObject({ code: 'newer-version' })

    const source = openStore(laptop.dir)
    const good = await Promise.all(['Ana', 'Bea', 'Cai'].map((name) => source.clients.create(clientInput({ givenName: name }))))
    const docs = await Promise.all(good.map((c) => source.clients.get(c.id)))
    const long = 'a'.repeat(300)
    const records = docs.map(({ client }) => ({ schemaVersion: 2, client, screenings: [], plans: [], decisions: [] }))
    records.splice(1, 0, { ...records[0]!, client: { ...records[0]!.client, id: long } })
    writeFileSync(file, JSON.stringify({ ...base, clients: records }))
    await expect(store.transfer.importAll(file)).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'That file holds an id longer than PhysioPlan accepts (client record 2: client.id), so it cannot be imported safely; nothing was imported.'
    })
    expect(await store.clients.list()).toEqual([])
    await expect(store.transfer.importAll(join(desktop.dir, 'gone.json'))).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('no longer there') })
  })
})
