import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clientInput, manualClock, openStore, planInput, tempDir } from './helpers'

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
})
