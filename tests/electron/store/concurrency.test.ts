import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clientInput, openStore, planInput, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

describe('concurrent saves', () => {
  it('loses nothing when 100 saves to one client run at once', { timeout: 30_000 }, async () => {
    const store = openStore(temp.dir)
    const { id } = await store.clients.create(clientInput())
    const saves = Array.from({ length: 100 }, (_, i) =>
      i % 4 === 3 ? store.clients.update(id, { notes: `note ${i}` }).then(() => null) : store.plans.create(id, planInput(`plan ${i}`, 2))
    )
    const plans = (await Promise.all(saves)).filter((p) => p !== null)
    const reopened = openStore(temp.dir)
    const record = await reopened.clients.get(id)
    expect(record.plans.map((p) => p.id).sort()).toEqual(plans.map((p) => p.id).sort())
    expect(record.client.notes).toBe('note 99')
    expect((await reopened.clients.list())[0]!.planCount).toBe(75)
  })

  it('keeps saves to different clients independent while they run at once', async () => {
    const store = openStore(temp.dir)
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => store.clients.create(clientInput({ givenName: `C${i}` })).then((c) => c.id)))
    await Promise.all(ids.flatMap((id) => [store.plans.create(id, planInput('a')), store.plans.create(id, planInput('b'))]))
    const summaries = await openStore(temp.dir).clients.list()
    expect(summaries).toHaveLength(20)
    expect(summaries.every((s) => s.planCount === 2)).toBe(true)
  })
})
