import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createDispatcher } from '../../electron/main/dispatcher'
import { createHandlers } from '../../electron/main/handlers'
import { maxIssuesReported } from '../../electron/main/ipc-bounds'
import { createServices } from '../../electron/main/services'
import { methodNames, type MethodName } from '../../shared/ipc/methods'
import type { ApiResult } from '../../shared/ipc/result'
import { hostileArgumentLists, hostileMarker, hostileSends, registeredCalls } from '../../scripts/bench/hostile-arguments'
import { encodeCall } from '../../shared/ipc/wire'
import { testVault } from './store/helpers'

const dataDir = mkdtempSync(join(tmpdir(), 'physioplan-hostile-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))
const dispatch = createDispatcher(createHandlers(createServices({ dataDir, appName: 'PhysioPlan', appVersion: 'test', vault: testVault })), { error: () => undefined })
const call = registeredCalls(dispatch)

// How fast each call is answered is measured by `npm run bench -- ipc` (hostileSlowestMs), not here.
describe('every IPC method under hostile arguments', () => {
  for (const { name, args } of hostileArgumentLists()) {
    it(`answers ${name} with a small typed error that never echoes the input`, async () => {
      const answers = [{ form: 'given to the dispatcher', answer: (method: MethodName) => dispatch(method, args, true) }]
      for (const { form, wire } of hostileSends(args)) answers.push({ form, answer: (method) => call(method, wire) as Promise<ApiResult<unknown>> })
      for (const { form, answer } of answers) {
        for (const method of methodNames) {
          const result = await answer(method)
          const where = `${method}, ${form}`
          expect(result.ok, where).toBe(false)
          if (result.ok) continue
          expect(result.error.code, where).toBe('invalid-input')
          const reply = JSON.stringify(result)
          expect(reply.length, where).toBeLessThan(2048)
          expect(reply.includes(hostileMarker), where).toBe(false)
          expect(result.error.issues?.length ?? 0).toBeLessThanOrEqual(maxIssuesReported)
        }
      }
    }, 60_000)
  }

  it('does not echo an unknown method name either', async () => {
    const result = await dispatch(`${hostileMarker}deleteEverything`, [], true)
    expect(result).toEqual({ ok: false, error: { code: 'unknown-method', message: 'Unknown request.' } })
  })

  it('still answers a well-formed call after all that', async () => {
    expect(await dispatch('listClients', [], true)).toEqual({ ok: true, value: [] })
    expect(await call('listClients', encodeCall([]))).toEqual({ ok: true, value: [] })
  })
})
