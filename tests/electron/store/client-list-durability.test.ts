import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { isAscii } from 'node:buffer'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCK_FILE } from '../../../electron/main/store/folder-lock'
import { bucketOf, relPath } from '../../../electron/main/store/layout'
import { clientInput, failingFs, openStore, planInput, storeFiles, tempDir, writeEveryShard } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

/** The folder as a power cut would leave it now: every file as written so far, the lock gone with the process. */
function powerCut(from: string): string {
  const to = join(temp.dir, `after-cut-${Math.random().toString(36).slice(2)}`)
  cpSync(from, to, { recursive: true })
  rmSync(join(to, LOCK_FILE), { force: true })
  return to
}

const pendingLog = (dataDir: string) => join(dataDir, 'store', relPath.indexPending)

// A save waits for the client's record to reach the disk but not for the client list, which is
// derived: the pending log names every client whose list line may be behind.
describe('the client list after a save that did not wait for the disk', () => {
  // With a shard missing, the open compares the clients folder at once; with every shard on disk, only the pending log vouches for the lost line.
  for (const everyShard of [false, true]) it(`a list line whose write never reached the disk is rebuilt from the record at the next open${everyShard ? ' (every shard on disk)' : ''}`, async () => {
    const dataDir = join(temp.dir, 'practice')
    let store = openStore(dataDir)
    const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
    if (everyShard) {
      await store.close()
      await writeEveryShard(dataDir)
      store = openStore(dataDir)
    }
    await store.idle()
    const bucket = join(dataDir, 'store', relPath.indexBucket(bucketOf(ana.id)))
    const listBeforePlan = readFileSync(bucket)
    await store.plans.create(ana.id, planInput('Ana plan'))
    await store.idle()
    expect(readFileSync(bucket).equals(listBeforePlan)).toBe(false)

    const cut = powerCut(dataDir)
    writeFileSync(join(cut, 'store', relPath.indexBucket(bucketOf(ana.id))), listBeforePlan) // the unsynced write lost
    const reopened = openStore(cut)
    const [line] = await reopened.clients.list()
    expect(line).toMatchObject({ id: ana.id, planCount: 1 })
    expect(await reopened.notices.list()).toEqual([])
    await reopened.close()
    await store.close()
  })

  it('closing the store writes the list for good and empties the pending log', async () => {
    const dataDir = join(temp.dir, 'practice')
    const store = openStore(dataDir)
    const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
    await store.plans.create(ana.id, planInput('Ana plan'))
    await store.idle()
    expect(statSync(pendingLog(dataDir)).size).toBeGreaterThan(0)
    await store.close()
    expect(statSync(pendingLog(dataDir)).size).toBe(0)

    const reopened = openStore(dataDir)
    expect((await reopened.clients.list()).map((s) => [s.givenName, s.planCount])).toEqual([['Ana', 1]])
    await reopened.close()
  })

  it('the pending log is emptied only after the list lines it vouches for are on the disk, so it stays short', async () => {
    const dataDir = join(temp.dir, 'practice')
    const store = openStore(dataDir)
    const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
    const plan = await store.plans.create(ana.id, planInput('Ana plan'))
    for (let n = 0; n < 130; n++) await store.plans.save(ana.id, plan.id, { ...planInput('Ana plan'), title: `Ana plan ${n}` })
    await store.idle()
    // Compaction ran at least once (every 100 changes): the log holds fewer lines than the changes made.
    const lines = readFileSync(pendingLog(dataDir), 'utf8').split('\n').filter(Boolean)
    expect(lines.length).toBeLessThan(100)

    const reopened = openStore(powerCut(dataDir))
    expect((await reopened.clients.list()).map((s) => s.planCount)).toEqual([1])
    expect((await reopened.plans.list(ana.id))[0]!.title).toBe('Ana plan 129')
    await reopened.close()
    await store.close()
  })

  it('a save is kept when its list line fails to be written; the line is written again before the pending log lets go of it', async () => {
    const dataDir = join(temp.dir, 'practice')
    let failListWrites = false
    const fs = failingFs((operation, path) => (failListWrites && operation === 'rename' && path.includes(`${join('store', 'index')}`) && path.endsWith('.json') ? 'ENOSPC' : null))
    const store = openStore(dataDir, { fs })
    const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
    await store.idle()
    const bucket = join(dataDir, 'store', relPath.indexBucket(bucketOf(ana.id)))
    const listBeforePlan = readFileSync(bucket)
    failListWrites = true
    const plan = await store.plans.create(ana.id, planInput('Ana plan'))
    await store.idle()
    expect((await store.clients.list()).map((s) => s.planCount)).toEqual([1])
    expect(readFileSync(bucket).equals(listBeforePlan)).toBe(true) // the write failed
    await expect(store.close()).rejects.toMatchObject({ code: 'disk-full' }) // the disk still refuses: the log stays
    expect(readFileSync(pendingLog(dataDir), 'utf8')).toContain(ana.id)

    failListWrites = false
    await store.close()
    expect(statSync(pendingLog(dataDir)).size).toBe(0)
    const reopened = openStore(dataDir)
    expect((await reopened.clients.list()).map((s) => s.planCount)).toEqual([1])
    expect((await reopened.plans.list(ana.id)).map((p) => p.id)).toEqual([plan.id])
    await reopened.close()
  })
})

describe('the client list on disk', () => {
  it('keeps each client’s sort key beside the line, and lists a list from before sort keys in name order, writing it again with them', async () => {
    const dataDir = join(temp.dir, 'practice')
    const store = openStore(dataDir)
    const zoe = await store.clients.create(clientInput({ givenName: 'Zoë', familyName: 'Ésposito' }))
    const ann = await store.clients.create(clientInput({ givenName: 'Ann', familyName: 'Fox' }))
    const bob = await store.clients.create(clientInput({ givenName: 'Bob', familyName: 'eagle' }))
    await store.close()
    const files = await storeFiles(dataDir)
    const buckets = [...new Set([zoe, ann, bob].map((c) => relPath.indexBucket(bucketOf(c.id))))]
    const bucket = (rel: string) => files.read(rel) as { schemaVersion: number; clients: { id: string }[]; sortKeys?: string[] }
    const zoeBucket = bucket(relPath.indexBucket(bucketOf(zoe.id)))
    expect(zoeBucket.sortKeys![zoeBucket.clients.findIndex((c) => c.id === zoe.id)]).toBe(`esposito\u0000zoe\u0000${zoe.id}`)

    for (const rel of buckets) {
      const { clients } = bucket(rel)
      await files.write(rel, { schemaVersion: 1, clients }) // as the previous version wrote it
    }
    const reopened = openStore(dataDir)
    expect((await reopened.clients.list()).map((s) => s.givenName)).toEqual(['Bob', 'Zoë', 'Ann'])
    expect(await reopened.notices.list()).toEqual([])
    await reopened.close()
    for (const rel of buckets) expect(bucket(rel), rel).toMatchObject({ schemaVersion: 2, sortKeys: expect.any(Array) })
  })

  it('lists in name order a bucket whose lines are out of order (a hand edit), and keeps every name exactly, written as ASCII', async () => {
    const dataDir = join(temp.dir, 'practice')
    const store = openStore(dataDir)
    const names = ['Zoë 😀', 'Łukasz']
    const bucketIds: number[] = []
    // Until two clients share a bucket (ids are random; 64 buckets).
    for (let i = 0; new Set(bucketIds).size === bucketIds.length; i++) {
      if (i >= 2) names.push(`Pat ${i}`)
      bucketIds.push(bucketOf((await store.clients.create(clientInput({ givenName: names[i]!, familyName: `Família ${String(i).padStart(2, '0')}` }))).id))
    }
    await store.close()
    const files = await storeFiles(dataDir)
    const shared = bucketIds.find((b, i) => bucketIds.indexOf(b) !== i)!
    const rel = relPath.indexBucket(shared)
    for (const b of new Set(bucketIds)) expect(isAscii(files.ctx.codec.decode(relPath.indexBucket(b), readFileSync(join(dataDir, 'store', relPath.indexBucket(b))))), relPath.indexBucket(b)).toBe(true)
    const stored = files.read(rel) as { schemaVersion: number; clients: unknown[]; sortKeys: string[] }
    await files.write(rel, { ...stored, clients: [...stored.clients].reverse(), sortKeys: [...stored.sortKeys].reverse() })

    const reopened = openStore(dataDir)
    expect((await reopened.clients.list()).map((s) => s.givenName)).toEqual(names)
    expect(await reopened.notices.list()).toEqual([])
    await reopened.close()
  })

  it('after opening, lists a record the list did not name and drops a line whose record was removed by hand', async () => {
    const dataDir = join(temp.dir, 'practice')
    const store = openStore(dataDir)
    const ana = await store.clients.create(clientInput({ givenName: 'Ana', familyName: 'Abel' }))
    const bea = await store.clients.create(clientInput({ givenName: 'Bea', familyName: 'Baker' }))
    await store.close()
    const files = await storeFiles(dataDir)
    const anaBucket = relPath.indexBucket(bucketOf(ana.id))
    const stored = files.read(anaBucket) as { schemaVersion: number; clients: { id: string }[]; sortKeys: string[] }
    const kept = stored.clients.map((c, i) => i).filter((i) => stored.clients[i]!.id !== ana.id)
    await files.write(anaBucket, { ...stored, clients: kept.map((i) => stored.clients[i]), sortKeys: kept.map((i) => stored.sortKeys[i]) })
    rmSync(join(dataDir, 'store', relPath.client(bea.id)))
    await writeEveryShard(dataDir) // a missing shard would make the open compare the folder at once

    const reopened = openStore(dataDir)
    await reopened.open()
    await reopened.idle()
    expect((await reopened.clients.list()).map((s) => s.givenName)).toEqual(['Ana'])
    await reopened.close()
    expect((files.read(anaBucket) as { clients: { id: string }[] }).clients.map((c) => c.id)).toContain(ana.id)
  })

  it('moves a renamed client to its new place in the list, now and after reopening (its stored sort key follows the name)', async () => {
    const dataDir = join(temp.dir, 'practice')
    const store = openStore(dataDir)
    const amy = await store.clients.create(clientInput({ givenName: 'Amy', familyName: 'Adams' }))
    await store.clients.create(clientInput({ givenName: 'Bea', familyName: 'Baker' }))
    expect((await store.clients.list()).map((s) => s.givenName)).toEqual(['Amy', 'Bea'])
    await store.clients.update(amy.id, { familyName: 'Zander' })
    expect((await store.clients.list()).map((s) => s.givenName)).toEqual(['Bea', 'Amy'])
    await store.close()

    const reopened = openStore(dataDir)
    expect((await reopened.clients.list()).map((s) => s.givenName)).toEqual(['Bea', 'Amy'])
    await reopened.close()
  })
})
