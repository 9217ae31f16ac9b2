import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fileStamp } from '../../../electron/main/store/layout'
import { clientInput, manualClock, openStore, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())
const day = 24 * 3600 * 1000

describe('retention', () => {
  it('keeps backups by the count and age chosen in settings, and always the newest one', async () => {
    const clock = manualClock()
    const store = openStore(temp.dir, { now: clock.now })
    const { id } = await store.clients.create(clientInput())
    await expect(store.privacy.saveRetention({ backupCount: 2, backupDays: 7, damagedFileDays: 30 })).rejects.toThrow()
    await store.privacy.saveRetention({ backupCount: 4, backupDays: 7, damagedFileDays: 30 })
    for (let n = 0; n < 6; n++) {
      clock.nextDay()
      await store.clients.update(id, { notes: `day ${n}` })
    }
    const daily = (await store.backups.list()).filter((b) => b.kind === 'daily')
    expect(daily).toHaveLength(4)
    await store.privacy.saveRetention({ backupCount: 10, backupDays: 7, damagedFileDays: 30 })
    clock.advance(5 * day)
    await store.clients.update(id, { notes: 'after a break' }) // a new daily snapshot; rotation drops those over a week old
    const after = (await store.backups.list()).filter((b) => b.kind === 'daily')
    expect(after.every((b) => clock.now().getTime() - new Date(b.createdAt).getTime() <= 7 * day)).toBe(true)
    expect(after.length).toBeGreaterThan(0)
    expect(await openStore(temp.dir).privacy.getRetention()).toEqual({ backupCount: 10, backupDays: 7, damagedFileDays: 30 })
  })

  it('warns in the last week before a damaged file is removed, removes it after the chosen age, and clears interrupted backups', async () => {
    const clock = manualClock('2025-06-30T09:00:00.000Z')
    const store = openStore(temp.dir, { now: clock.now })
    await store.clients.create(clientInput())
    await store.privacy.saveRetention({ backupCount: 14, backupDays: 90, damagedFileDays: 30 })
    const clients = join(temp.dir, 'store', 'clients')
    const aside = (daysAgo: number) => join(clients, `x.corrupt-${fileStamp(new Date(clock.now().getTime() - daysAgo * day))}.json`)
    const [fresh, expiring, expired] = [aside(2), aside(25), aside(31)]
    for (const file of [fresh, expiring, expired]) writeFileSync(file, 'damaged')
    const partial = join(temp.dir, 'backups', '.2025-06-29T09-00-00-000Z-daily.partial')
    mkdirSync(partial)

    const reopened = openStore(temp.dir, { now: clock.now })
    const notices = await reopened.notices.list()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({ kind: 'damaged-file-expiring', asideFile: expiring, message: expect.stringContaining('will be removed after 2025-07-05') })
    expect([existsSync(fresh), existsSync(expiring), existsSync(expired)]).toEqual([true, true, false])
    expect(existsSync(partial)).toBe(false)
  })
})
