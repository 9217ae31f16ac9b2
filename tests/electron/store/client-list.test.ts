import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clientPageQuerySchema } from '../../../shared/ipc/store-types'
import { clientInput, manualClock, openStore, planInput, screeningInput, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

describe('the client list, searched and sorted in main', () => {
  it('finds a client by date of birth in the formats people type', async () => {
    const store = openStore(temp.dir)
    const zoe = await store.clients.create(clientInput({ givenName: 'Zoë', familyName: 'Brennan', dateOfBirth: '1958-04-02' }))
    await store.clients.create(clientInput({ givenName: 'Ann', familyName: 'Cole', dateOfBirth: '1958-02-04' }))
    const found = async (text: string) => (await store.clients.list({ text })).map((s) => s.id)
    for (const typed of ['1958-04-02', '02/04/1958', '2/4/1958', '02.04.1958', '2 April 1958', '2 apr 1958', 'zoe 02/04/1958']) {
      expect(await found(typed), typed).toEqual([zoe.id])
    }
    expect(await found('1958')).toHaveLength(2)
    expect(await found('03/04/1958')).toEqual([])
  })

  it('sorts by name or by last seen, and shows archived clients alone when asked', async () => {
    const clock = manualClock()
    const store = openStore(temp.dir, { now: clock.now })
    const amy = await store.clients.create(clientInput({ givenName: 'Amy', familyName: 'Adams' }))
    clock.advance(60_000)
    const bea = await store.clients.create(clientInput({ givenName: 'Bea', familyName: 'Baker' }))
    clock.advance(60_000)
    const cal = await store.clients.create(clientInput({ givenName: 'Cal', familyName: 'Clark' }))
    clock.advance(60_000)
    await store.plans.create(amy.id, planInput())
    clock.advance(60_000)
    await store.clients.archive(bea.id)

    const ids = async (query: Parameters<typeof store.clients.list>[0]) => (await store.clients.list(query)).map((s) => s.id)
    expect(await ids({})).toEqual([amy.id, cal.id])
    expect(await ids({ sort: 'last-seen', includeArchived: true })).toEqual([bea.id, amy.id, cal.id])
    expect(await ids({ archivedOnly: true })).toEqual([bea.id])
  })

  it('sorts by review due: never screened first, then the oldest screening', async () => {
    const store = openStore(temp.dir)
    const recent = await store.clients.create(clientInput({ givenName: 'Rita', familyName: 'Recent' }))
    const never = await store.clients.create(clientInput({ givenName: 'Nia', familyName: 'Never' }))
    const old = await store.clients.create(clientInput({ givenName: 'Olly', familyName: 'Old' }))
    await store.screenings.save(recent.id, screeningInput('2025-03-01'))
    await store.screenings.save(old.id, screeningInput('2024-06-01'))
    expect((await store.clients.list({ sort: 'review-due' })).map((s) => s.id)).toEqual([never.id, old.id, recent.id])
  })

  it('hands out one page at a time with the number matched and the number stored', async () => {
    const store = openStore(temp.dir)
    for (const name of ['Ash', 'Bell', 'Cole', 'Dean', 'Ellis']) await store.clients.create(clientInput({ givenName: 'Pat', familyName: name }))
    const archived = await store.clients.create(clientInput({ givenName: 'Pat', familyName: 'Zed' }))
    await store.clients.archive(archived.id)
    const page = await store.clients.page({ offset: 1, limit: 2 })
    expect(page.items.map((s) => s.familyName)).toEqual(['Bell', 'Cole'])
    expect(page).toMatchObject({ offset: 1, total: 5, stored: 6 })
    expect((await store.clients.page({ offset: 4, limit: 2 })).items.map((s) => s.familyName)).toEqual(['Ellis'])
    expect((await store.clients.page({ text: 'ell', offset: 0, limit: 50 })).items.map((s) => s.familyName)).toEqual(['Bell', 'Ellis'])
  })

  it('refuses a page query the page could use to make main do unbounded work', () => {
    for (const bad of [{ offset: 0, limit: 5000 }, { offset: -1, limit: 10 }, { offset: 0.5, limit: 10 }, { offset: 0, limit: 0 }, { offset: 0, limit: 10, extra: 1 }]) {
      expect(clientPageQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
    }
    expect(clientPageQuerySchema.safeParse({ offset: 0, limit: 200, sort: 'review-due' }).success).toBe(true)
  })
})
