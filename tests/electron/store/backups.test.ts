import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { keepPerKind } from '../../../electron/main/store/backups'
import { relPath } from '../../../electron/main/store/layout'
import { clientInput, manualClock, openStore, planInput, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

describe('backups', () => {
  it('snapshots on the first save of each day and keeps the last 14', async () => {
    const clock = manualClock()
    const store = openStore(temp.dir, { now: clock.now })
    const { id } = await store.clients.create(clientInput())
    for (let day = 0; day < 20; day++) {
      clock.nextDay()
      await store.plans.create(id, planInput(`day ${day}`))
      await store.plans.create(id, planInput(`day ${day}, later`))
    }
    const daily = (await store.backups.list()).filter((b) => b.kind === 'daily')
    expect(daily).toHaveLength(keepPerKind)
    expect(daily[0]!.createdAt.slice(0, 10)).toBe(clock.now().toISOString().slice(0, 10))
    expect(new Set(daily.map((b) => b.createdAt.slice(0, 10))).size).toBe(keepPerKind)
  }, 30_000)

  it('takes the day\'s snapshot at start-up, so the first save of the day does not wait for it', async () => {
    const clock = manualClock()
    const { id } = await openStore(temp.dir, { now: clock.now }).clients.create(clientInput())
    clock.nextDay()
    const store = openStore(temp.dir, { now: clock.now })
    await store.prepareDay()
    const today = clock.now().toISOString().slice(0, 10)
    const daily = () => store.backups.list().then((list) => list.filter((b) => b.kind === 'daily' && b.createdAt.startsWith(today)))
    expect(await daily()).toHaveLength(1)
    await store.plans.create(id, planInput('first save of the day'))
    await store.prepareDay()
    expect(await daily()).toHaveLength(1)
  })

  it('backs up now, lists the backup with its size, and restores it so that the restore can be undone', async () => {
    const clock = manualClock()
    const store = openStore(temp.dir, { now: clock.now })
    const { id } = await store.clients.create(clientInput({ notes: 'before' }))
    clock.advance(1000)
    const backup = await store.backups.backupNow()
    expect(backup).toMatchObject({ kind: 'manual', fileCount: expect.any(Number) })
    expect(backup.sizeBytes).toBeGreaterThan(100)
    expect((await store.backups.list()).map((b) => b.id)).toContain(backup.id)

    clock.advance(1000)
    await store.clients.update(id, { notes: 'after' })
    const added = await store.clients.create(clientInput({ givenName: 'New' }))
    clock.advance(1000)
    const undo = await store.backups.restore(backup.id)
    expect((await store.clients.get(id)).client.notes).toBe('before')
    expect((await store.clients.list()).map((s) => s.id)).toEqual([id])

    clock.advance(1000)
    await store.backups.restore(undo!.id)
    expect((await store.clients.get(id)).client.notes).toBe('after')
    expect((await openStore(temp.dir).clients.list()).map((s) => s.id).sort()).toEqual([id, added.id].sort())
  })

  it('keeps a backup unchanged when the live file is later changed or damaged in place', async () => {
    const clock = manualClock()
    const store = openStore(temp.dir, { now: clock.now })
    const { id } = await store.clients.create(clientInput())
    clock.advance(1000)
    const first = await store.backups.backupNow()
    clock.advance(1000)
    const second = await store.backups.backupNow() // the unchanged file is shared with the first backup, not with the live file
    const copy = (b: { id: string }) => readFileSync(join(temp.dir, 'backups', b.id, relPath.client(id)))
    const original = copy(second)
    await store.plans.create(id, planInput())
    writeFileSync(join(temp.dir, 'store', relPath.client(id)), 'damaged in place')
    expect(copy(first)).toEqual(original)
    expect(copy(second)).toEqual(original)
  })

  it('refuses to restore a backup that does not exist', async () => {
    const store = openStore(temp.dir)
    await store.clients.create(clientInput())
    await expect(store.backups.restore('2020-01-01T00-00-00-000Z-manual')).rejects.toMatchObject({ code: 'not-found' })
  })
})
