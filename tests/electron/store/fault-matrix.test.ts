import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bucketOf, relPath } from '../../../electron/main/store/layout'
import { clientInput, failingFs, manualClock, openStore, planInput, readOnlyFs, storeFiles, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

/** A practice with acknowledged saves: two clients, a plan each, an edited note. */
async function practice(options: Parameters<typeof openStore>[1] = {}) {
  const store = openStore(temp.dir, options)
  const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
  const bea = await store.clients.create(clientInput({ givenName: 'Bea' }))
  const plans = [await store.plans.create(ana.id, planInput('Ana plan')), await store.plans.create(bea.id, planInput('Bea plan'))]
  await store.clients.update(ana.id, { notes: 'acknowledged edit' })
  await store.idle()
  return { ana, bea, plans }
}

async function nothingAcknowledgedLost(ids: { ana: { id: string }; bea: { id: string } }, store = openStore(temp.dir)) {
  const ana = await store.clients.get(ids.ana.id)
  expect(ana.client.notes).toBe('acknowledged edit')
  expect(ana.plans.map((p) => p.title)).toEqual(['Ana plan'])
  expect((await store.clients.get(ids.bea.id)).plans.map((p) => p.title)).toEqual(['Bea plan'])
  expect((await store.clients.list()).map((s) => s.givenName).sort()).toEqual(['Ana', 'Bea'])
}

const settings = { clinicName: 'North Clinic', clinicAddress: '', clinicPhone: '', clinicEmail: '', clinicianName: '', handout: { paper: 'A4' as const, layout: 'detailed' as const, largePrint: false, showSteps: true } }

/** Rewrites one store file through the store's own codec (so the fault is in the content, not the encryption). */
async function rewrite(rel: string, change: (text: string) => Buffer) {
  const files = await storeFiles(temp.dir)
  const plain = Buffer.from(JSON.stringify(files.read(rel)))
  writeFileSync(join(temp.dir, 'store', rel), await files.ctx.codec.encode(rel, change(plain.toString('utf8'))))
}

describe('fault injection: what the clinician is told, and no acknowledged save lost', () => {
  it('BOM: a byte-order mark on an intact file is read as the file, with no rollback and no notice', async () => {
    const ids = await practice()
    const path = join(temp.dir, 'store', relPath.client(ids.ana.id))
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]))
    const store = openStore(temp.dir)
    await nothingAcknowledgedLost(ids, store)
    expect(await store.notices.list()).toEqual([])
  })

  it('truncated shard: the client list is rebuilt from the records, and the clinician is told no record was affected', async () => {
    const ids = await practice()
    const path = join(temp.dir, 'store', relPath.indexBucket(bucketOf(ids.ana.id)))
    writeFileSync(path, readFileSync(path).subarray(0, 40))
    const store = openStore(temp.dir)
    await nothingAcknowledgedLost(ids, store)
    expect((await store.notices.list()).map((n) => n.message)).toEqual(['The client list was damaged or missing, so it was rebuilt from the client records; no client record was affected.'])
  })

  it('newer shard: a part of the client list from a newer version never locks the practice out; it is rebuilt', async () => {
    const ids = await practice()
    await rewrite(relPath.indexBucket(bucketOf(ids.ana.id)), (text) => Buffer.from(text.replace(/"schemaVersion":\d+/, '"schemaVersion":7')))
    const store = openStore(temp.dir)
    expect(await store.notices.list()).toHaveLength(1) // getStoreNotices answers
    await nothingAcknowledgedLost(ids, store)
    await store.plans.create(ids.bea.id, planInput('Saved after the rebuild'))
  })

  it('newer settings: settings from a newer version are refused with "update PhysioPlan", and the records keep working', async () => {
    const ids = await practice()
    const store0 = openStore(temp.dir)
    await store0.settings.save(settings)
    await rewrite(relPath.settings, (text) => Buffer.from(text.replace(/"schemaVersion":\d+/, '"schemaVersion":99')))
    const store = openStore(temp.dir)
    await expect(store.settings.get()).rejects.toMatchObject({ code: 'newer-version', message: expect.stringContaining('update PhysioPlan') })
    await nothingAcknowledgedLost(ids, store)
    await store.clients.update(ids.bea.id, { notes: 'still saving' })
  })

  it('disk full at the snapshot: the day’s backup fails with a warning, and every save still goes through', async () => {
    const clock = manualClock()
    const ids = await practice({ now: clock.now })
    clock.nextDay()
    const store = openStore(temp.dir, { now: clock.now, fs: failingFs((op, path) => (path.includes('backups') && (op === 'write' || op.startsWith('open:w')) ? 'ENOSPC' : null)) })
    for (let n = 0; n < 6; n++) await store.plans.create(ids.bea.id, planInput(`small save ${n}`))
    const notices = await store.notices.list()
    expect(notices.map((n) => n.kind)).toEqual(['snapshot-failed'])
    expect(notices[0]!.message).toContain('The disk is full')
    expect((await openStore(temp.dir).plans.list(ids.bea.id))).toHaveLength(7)
  })

  it('damaged document: every plan that still validates is kept and merged with the backup; the notice names the client, the backup’s time and what was lost', async () => {
    const clock = manualClock()
    const ids = await practice({ now: clock.now })
    const before = openStore(temp.dir, { now: clock.now })
    await before.backups.backupNow() // holds "Ana plan" only
    clock.advance(3600 * 1000)
    for (const title of ['One', 'Two', 'Three', 'Four']) await before.plans.create(ids.ana.id, planInput(title))
    await before.clients.update(ids.ana.id, { notes: 'edit after the backup' })
    await before.close()
    await rewrite(relPath.client(ids.ana.id), (text) => {
      const doc = JSON.parse(text) as { plans: { title: string; items: unknown }[] }
      doc.plans[0]!.items = 'torn' // "Ana plan": the backup has an older copy
      doc.plans[2]!.items = [{ torn: true }] // "Two": only in the damaged file
      return Buffer.from(JSON.stringify(doc))
    })

    const store = openStore(temp.dir, { now: clock.now })
    const ana = await store.clients.get(ids.ana.id)
    expect(ana.client.notes).toBe('edit after the backup')
    expect(ana.plans.map((p) => p.title)).toEqual(['Ana plan', 'One', 'Three', 'Four'])
    const notices = await store.notices.list()
    expect(notices).toMatchObject([{ kind: 'salvaged', document: 'the record of Ana Silva', asideFile: expect.stringContaining('.corrupt-') }])
    const message = notices[0]!.message
    expect(message).toMatch(/^The record of Ana Silva was damaged\. PhysioPlan kept everything it could read from it, with the backup of 1 Mar 2025, \d\d:\d\d for the parts it could not read\./)
    expect(message).toContain('Could not be recovered: the latest changes to the plan “Ana plan” (the backup’s version is kept); the plan “Two”.')
    expect(readdirSync(join(temp.dir, 'store', 'clients')).filter((n) => n.includes('.corrupt-'))).toHaveLength(1)
    expect((await openStore(temp.dir).clients.get(ids.bea.id)).plans.map((p) => p.title)).toEqual(['Bea plan'])
  })

  it('damaged document without a usable backup: what validates is kept and the rest named', async () => {
    const ids = await practice()
    await rewrite(relPath.client(ids.ana.id), (text) => {
      const doc = JSON.parse(text) as { screenings: unknown; plans: { items: unknown }[] }
      doc.plans[0]!.items = null
      return Buffer.from(JSON.stringify(doc))
    })
    const store = openStore(temp.dir)
    const ana = await store.clients.get(ids.ana.id)
    expect(ana.client.notes).toBe('acknowledged edit')
    expect(ana.plans).toEqual([])
    expect((await store.notices.list())[0]!.message).toContain('Could not be recovered: the plan “Ana plan”.')
    await store.close() // the notice is still being saved; the folder is removed after the test
  })

  it('notices are stored: they survive a restart and stay gone once the clinician dismisses them', async () => {
    const ids = await practice()
    await openStore(temp.dir).backups.backupNow()
    await rewrite(relPath.client(ids.ana.id), (text) => Buffer.from(text.replace('"notes":"acknowledged edit"', '"notes":42')))
    const first = openStore(temp.dir)
    expect((await first.clients.get(ids.ana.id)).plans.map((p) => p.title)).toEqual(['Ana plan'])
    const [raised] = await first.notices.list()
    expect(raised).toMatchObject({ kind: 'salvaged', message: expect.stringContaining('the latest changes to the client’s details') })
    await first.close()

    const second = openStore(temp.dir)
    expect(await second.notices.list()).toEqual([raised])
    await second.notices.dismiss(raised!.id)
    await second.close()
    expect(await openStore(temp.dir).notices.list()).toEqual([])
  })

  it('newer document: a record from a newer version stays listed, marked; opening it says why; saves to it are refused', async () => {
    const ids = await practice()
    await rewrite(relPath.client(ids.ana.id), (text) => Buffer.from(JSON.stringify({ ...JSON.parse(text), schemaVersion: 5, futureField: [] })))
    rmSync(join(temp.dir, 'store', relPath.indexBucket(bucketOf(ids.ana.id)))) // the list is rebuilt from the records
    const file = join(temp.dir, 'store', relPath.client(ids.ana.id))
    const bytes = readFileSync(file)

    const store = openStore(temp.dir)
    expect((await store.clients.list()).map((s) => [s.givenName, s.needsNewerVersion ?? false])).toEqual([['Ana', true], ['Bea', false]])
    const newer = { code: 'newer-version', message: 'The record of Ana Silva was saved by a newer version of PhysioPlan; update PhysioPlan to open it (the file was left unchanged).' }
    await expect(store.clients.get(ids.ana.id)).rejects.toMatchObject(newer)
    await expect(store.plans.create(ids.ana.id, planInput('refused'))).rejects.toMatchObject(newer)
    await expect(store.clients.update(ids.ana.id, { notes: 'refused' })).rejects.toMatchObject(newer)
    expect(readFileSync(file)).toEqual(bytes)
    await store.plans.create(ids.bea.id, planInput('Bea second'))
    expect((await openStore(temp.dir).clients.list()).find((s) => s.id === ids.ana.id)?.needsNewerVersion).toBe(true)
  })

  it('read-only folder: it opens read-only, every record is readable, changes are refused with a clear typed error, and the banner says why', async () => {
    const ids = await practice()
    await openStore(temp.dir).close()
    const store = openStore(temp.dir, { fs: readOnlyFs() })
    await nothingAcknowledgedLost(ids, store)
    expect(await store.plans.list(ids.ana.id)).toHaveLength(1)
    const notices = await store.notices.list()
    expect(notices).toMatchObject([{ kind: 'read-only', message: expect.stringMatching(/^Your data folder is read-only, so PhysioPlan opened it read-only/) }])
    const refused = { code: 'read-only', message: expect.stringContaining('no change can be saved') }
    await expect(store.plans.create(ids.ana.id, planInput('refused'))).rejects.toMatchObject(refused)
    await expect(store.clients.create(clientInput({ givenName: 'Cai' }))).rejects.toMatchObject(refused)
    await expect(store.backups.backupNow()).rejects.toMatchObject(refused)
    await expect(store.settings.save(settings)).rejects.toMatchObject(refused)
    await store.close()
    await nothingAcknowledgedLost(ids, openStore(temp.dir)) // and once writable again, nothing was changed
    expect(await openStore(temp.dir).notices.list()).toEqual([])
  })
})
