import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bucketOf, relPath } from '../../../electron/main/store/layout'
import { clientInput, openStore, planInput, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

const damages: Record<string, (good: Buffer) => Buffer> = {
  'garbage bytes': () => Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80, 0x7b]),
  'valid JSON with an invalid shape': () => Buffer.from(JSON.stringify({ schemaVersion: 1, client: { id: 'x' }, plans: 'none' })),
  'a truncated file': (good) => good.subarray(0, Math.floor(good.length / 2))
}

const asideFiles = (dir: string) => readdirSync(dir).filter((n) => n.includes('.corrupt-'))

describe('corruption recovery', () => {
  for (const [damage, make] of Object.entries(damages)) {
    it(`restores a client document with ${damage} from the newest good backup and keeps the damaged file`, async () => {
      const store = openStore(temp.dir)
      const { id } = await store.clients.create(clientInput({ givenName: 'Zoë' }))
      const plan = await store.plans.create(id, planInput('Backed up'))
      const other = await store.clients.create(clientInput({ givenName: 'Other' }))
      await store.backups.backupNow()
      const file = join(temp.dir, 'store', relPath.client(id))
      const damaged = make(readFileSync(file))
      writeFileSync(file, damaged)

      const reopened = openStore(temp.dir)
      expect((await reopened.clients.get(id)).plans).toEqual([plan])
      const clientsDir = join(temp.dir, 'store', 'clients')
      expect(asideFiles(clientsDir)).toHaveLength(1)
      expect(readFileSync(join(clientsDir, asideFiles(clientsDir)[0]!))).toEqual(damaged)
      const notices = await reopened.notices.list()
      expect(notices).toMatchObject([{ kind: 'restored-from-backup', document: 'the record of Zoë Silva' }])
      expect(notices[0]!.message).toMatch(/damaged.*restored from the backup/)
      expect((await reopened.clients.get(other.id)).client.givenName).toBe('Other')
      await reopened.plans.create(id, planInput('After recovery'))
      expect((await openStore(temp.dir).plans.list(id)).map((p) => p.title)).toEqual(['Backed up', 'After recovery'])
    })
  }

  it('moves a damaged document aside and says so when there is no backup; the rest keeps working', async () => {
    const store = openStore(temp.dir)
    const lost = await store.clients.create(clientInput({ givenName: 'Lost' }))
    const kept = await store.clients.create(clientInput({ givenName: 'Kept' }))
    const file = join(temp.dir, 'store', relPath.client(lost.id))
    writeFileSync(file, '{"schemaVersion":1,"client":')

    const reopened = openStore(temp.dir)
    await expect(reopened.clients.get(lost.id)).rejects.toMatchObject({ code: 'not-found' })
    expect(await reopened.notices.list()).toMatchObject([{ kind: 'moved-aside', asideFile: expect.stringContaining('.corrupt-') }])
    expect(existsSync(file)).toBe(false)
    expect(asideFiles(join(temp.dir, 'store', 'clients'))).toHaveLength(1)
    expect((await reopened.clients.get(kept.id)).client.givenName).toBe('Kept')
    await reopened.plans.create(kept.id, planInput())
  })

  it('rebuilds a damaged or lost client list from the client documents', async () => {
    const store = openStore(temp.dir)
    const clients = []
    for (let i = 0; i < 20; i++) clients.push(await store.clients.create(clientInput({ givenName: `Client ${i}` })))
    await store.plans.create(clients[0]!.id, planInput())
    const before = await store.clients.list()
    await store.idle() // a save does not wait for its list line; the damage comes after it
    // Two different buckets: one damaged, one lost (a lost bucket alone is no loss while the pending log names its clients).
    const damagedBucket = bucketOf(clients[0]!.id)
    const lostBucket = bucketOf(clients.find((c) => bucketOf(c.id) !== damagedBucket)!.id)
    writeFileSync(join(temp.dir, 'store', relPath.indexBucket(damagedBucket)), 'not json')
    rmSync(join(temp.dir, 'store', relPath.indexBucket(lostBucket)), { force: true })

    const reopened = openStore(temp.dir)
    expect(await reopened.clients.list()).toEqual(before)
    expect(await reopened.notices.list()).toMatchObject([{ kind: 'index-rebuilt' }])

    rmSync(join(temp.dir, 'store', 'index'), { recursive: true })
    expect(await openStore(temp.dir).clients.list()).toEqual(before)
  })

  it('rebuilds a missing list file quietly while the pending log names its clients (a crash before the list was first written)', async () => {
    const store = openStore(temp.dir)
    const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
    const before = await store.clients.list()
    await store.idle() // the list file is written; the pending log still names Ana until the next checkpoint
    rmSync(join(temp.dir, 'store', relPath.indexBucket(bucketOf(ana.id))))

    const reopened = openStore(temp.dir)
    expect(await reopened.clients.list()).toEqual(before)
    expect(await reopened.notices.list()).toEqual([])
  })
})
