import { describe, expect, it } from 'vitest'
import { ask, askEarly } from '../../renderer/src/early-answers'
import { useClientsStore } from '../../renderer/src/features/clients/clients-store'
import { firstClientPage } from '../../renderer/src/features/clients/client-page-query'
import { createPinia, setActivePinia } from 'pinia'
import type { ClientPage, ClientPageQuery } from '../../shared/ipc/store-types'
import type { ApiResult } from '../../shared/ipc/result'

const page = (total: number): ClientPage => ({ items: [], offset: 0, total, stored: total })
const locked = { ok: false as const, error: { code: 'locked' as const, message: 'Your records are locked.' } }

/** A main process answering pageClients from a queue of answers, recording what it was asked. */
function mainAnswering(...answers: ApiResult<ClientPage>[]) {
  const asked: ClientPageQuery[] = []
  Object.defineProperty(window, 'api', {
    value: { pageClients: async (query: ClientPageQuery) => (asked.push(query), answers.shift() ?? { ok: true, value: page(0) }) },
    configurable: true
  })
  return asked
}

describe('questions asked as the app starts', () => {
  it('answers the first screen from the question asked early, then asks main afresh', async () => {
    const asked = mainAnswering({ ok: true, value: page(7) }, { ok: true, value: page(8) })
    askEarly('pageClients', firstClientPage)
    expect(await ask('pageClients', firstClientPage)).toEqual({ ok: true, value: page(7) })
    expect(asked).toHaveLength(1)
    expect(await ask('pageClients', firstClientPage)).toEqual({ ok: true, value: page(8) })
    expect(asked).toHaveLength(2)
  })

  it('does not answer a different question with an early answer', async () => {
    const asked = mainAnswering({ ok: true, value: page(7) }, { ok: true, value: page(3) })
    askEarly('pageClients', firstClientPage)
    const search = { ...firstClientPage, text: 'silva' }
    expect(await ask('pageClients', search)).toEqual({ ok: true, value: page(3) })
    expect(asked.at(-1)).toEqual(search)
    await ask('pageClients', firstClientPage) // (takes the early answer, so the next test starts clean)
  })

  it('asks again when the early answer was refused because the records were still locked', async () => {
    const asked = mainAnswering(locked, { ok: true, value: page(5) })
    askEarly('pageClients', firstClientPage)
    expect(await ask('pageClients', firstClientPage)).toEqual({ ok: true, value: page(5) })
    expect(asked).toHaveLength(2)
  })

  it('is the very question the Clients screen asks first, so the list opens on the early answer', async () => {
    const asked = mainAnswering({ ok: true, value: page(42) })
    askEarly('pageClients', firstClientPage)
    setActivePinia(createPinia())
    const store = useClientsStore()
    await store.load()
    expect(store.total).toBe(42)
    expect(asked).toHaveLength(1)
  })
})
