import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { localDay } from '../../../shared/domain/common'
import { clientInput, customExercise, freshFolders, manualClock, openStore, planInput } from './helpers'

const { source, target } = freshFolders('source', 'target')

const passphrase = 'correct horse battery staple'

async function practice() {
  const store = openStore(source.dir)
  const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
  const zoe = await store.clients.create(clientInput({ givenName: 'Zoë', familyName: 'Ó "Quote"' }))
  await store.plans.create(ana.id, planInput())
  await store.templates.save({ title: 'Back basics', description: '', goals: [], items: [planInput().items[0]!] })
  const { exercise } = await store.customExercises.save(customExercise())
  await store.customExercises.addPhoto(exercise.id, { bytes: Buffer.from('ffd8ffe000104a464946', 'hex') })
  const file = join(source.dir, 'practice-export.json')
  await store.transfer.exportAll(file, passphrase)
  return { store, ana, zoe, file }
}

describe('export all and import', () => {
  it('imports everything into an empty store, then skips what is already there', async () => {
    const { store, ana, file } = await practice()
    const into = openStore(target.dir)
    const first = await into.transfer.importAll(file, passphrase)
    expect(first.added.map((i) => i.kind).sort()).toEqual(['client', 'client', 'custom-exercise', 'template'])
    expect(first.conflicts).toEqual([])
    expect(await into.clients.get(ana.id)).toEqual(await store.clients.get(ana.id))
    const [record] = await into.customExercises.list()
    expect((await into.customExercises.getPhoto(record!.exercise.id, record!.photos[0]!.id)).bytes.byteLength).toBe(10)

    const again = await into.transfer.importAll(file, passphrase)
    expect(again.added).toEqual([])
    expect(again.skipped).toHaveLength(4)
  })

  it('keeps details changed here over the earlier version in the file, without calling it a conflict', async () => {
    const { zoe, file } = await practice()
    const into = openStore(target.dir)
    await into.transfer.importAll(file, passphrase)
    const local = await into.clients.update(zoe.id, { notes: 'changed here' })
    const report = await into.transfer.importAll(file, passphrase)
    expect(report.copies).toEqual([])
    expect((await openStore(target.dir).clients.get(zoe.id)).client).toEqual(local)
  })

  it('keeps the newer details of a client changed on both computers, and names it in the report', async () => {
    const { store, zoe, file } = await practice()
    const into = openStore(target.dir)
    await into.transfer.importAll(file, passphrase)
    await into.clients.update(zoe.id, { notes: 'changed here' })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const there = await store.clients.update(zoe.id, { notes: 'changed there, later' })
    await store.transfer.exportAll(file, passphrase)
    const report = await into.transfer.importAll(file, passphrase)
    expect(report.conflicts).toEqual([])
    expect(report.copies).toEqual([{ kind: 'client', id: zoe.id, label: 'The details of Zoë Ó "Quote" differ between the two computers: the newer details were kept, and the other notes were added to the notes.' }])
    const merged = (await openStore(target.dir).clients.get(zoe.id)).client
    expect(merged.notes).toMatch(/^changed there, later\n\nNotes from the other copy of this record \(imported [\d-]+\):\nchanged here$/)
    expect(merged.updatedAt).toBe(there.updatedAt)
  })

  it('lets the snapshot before an import that is the day\'s first change stand for the day, so the next save copies nothing more', async () => {
    const { file } = await practice()
    const clock = manualClock()
    const into = openStore(target.dir, { now: clock.now })
    await into.clients.create(clientInput({ givenName: 'Cai' }))
    clock.nextDay() // PhysioPlan left open overnight: the import is the new day's first change
    await into.transfer.importAll(file, passphrase)
    await into.clients.create(clientInput({ givenName: 'Dee' }))
    await openStore(target.dir, { now: clock.now }).clients.create(clientInput({ givenName: 'Eve' }))
    const today = localDay(clock.now())
    expect((await into.backups.list()).filter((b) => localDay(new Date(b.createdAt)) === today).map((b) => b.kind)).toEqual(['before-import'])
  })

  it('writes the export encrypted: no name in its bytes, and the wrong or a missing passphrase imports nothing', async () => {
    const { file } = await practice()
    const bytes = readFileSync(file)
    expect(bytes.includes('Silva')).toBe(false)
    expect(bytes.includes('Zoë')).toBe(false)
    const into = openStore(target.dir)
    await expect(into.transfer.importAll(file, 'not the passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase', message: expect.stringContaining('passphrase does not open this export') })
    await expect(into.transfer.importAll(file)).rejects.toMatchObject({ code: 'wrong-passphrase', message: expect.stringContaining('protected by a passphrase') })
    expect(await into.clients.list()).toEqual([])
    await expect(openStore(source.dir).transfer.exportAll(join(source.dir, 'short.physioplan'), 'short')).rejects.toMatchObject({ code: 'invalid-input' })
  })

  it('refuses a file that is not a valid export and imports nothing', async () => {
    const into = openStore(target.dir)
    const bad = join(target.dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ format: 'physioplan-export', formatVersion: 1, clients: [{ nope: true }] }))
    await expect(into.transfer.importAll(bad)).rejects.toMatchObject({ code: 'invalid-input' })
    writeFileSync(bad, 'garbage')
    await expect(into.transfer.importAll(bad)).rejects.toMatchObject({ code: 'invalid-input' })
    expect(await into.clients.list()).toEqual([])
  })

  it('keeps a custom exercise or template changed on this computer, adds the other as a copy named in the report, and never adds that copy twice', async () => {
    const { file } = await practice()
    const into = openStore(target.dir)
    await into.transfer.importAll(file, passphrase)
    const [mine] = await into.customExercises.list()
    await into.customExercises.save({ ...customExercise(), id: mine!.exercise.id, name: 'Towel squeeze, changed here' })
    const [template] = (await into.templates.list()).filter((t) => !t.builtIn)
    await into.templates.save({ id: template!.id, title: 'Back basics, changed here', description: '', goals: [], items: template!.items })

    const report = await into.transfer.importAll(file, passphrase)
    expect(report.conflicts).toEqual([])
    expect(report.copies.map((c) => c.label)).toEqual(expect.arrayContaining([
      'The exercise “Towel squeeze” differs between the two computers: the one here was kept, and the other saved as “Towel squeeze (other copy)”.',
      'The template “Back basics” differs between the two computers: the one here was kept, and the other saved as “Back basics (other copy)”.'
    ]))
    const exercises = await into.customExercises.list()
    expect(exercises.map((r) => r.exercise.name).sort()).toEqual(['Towel squeeze (other copy)', 'Towel squeeze, changed here'])
    const copy = exercises.find((r) => r.exercise.name.endsWith('(other copy)'))!
    expect(copy.photos).toHaveLength(1)
    expect(copy.photos[0]!.id).not.toBe(mine!.photos[0]!.id)

    const again = await into.transfer.importAll(file, passphrase)
    expect(again.copies.filter((c) => c.kind !== 'client')).toEqual([])
    expect(await into.customExercises.list()).toHaveLength(2)
    expect((await into.templates.list()).filter((t) => !t.builtIn).map((t) => t.title).sort()).toEqual(['Back basics (other copy)', 'Back basics, changed here'])
  })
})
