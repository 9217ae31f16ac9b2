import { describe, expect, it, vi } from 'vitest'
import { channelOf, methodNames } from '../../shared/ipc/methods'
import { decodeCall } from '../../shared/ipc/wire'
import { wireLimits } from '../../electron/main/ipc-bounds'

const exposed = vi.hoisted(() => ({ key: '', api: {} as Record<string, (...args: unknown[]) => Promise<unknown>> }))
const invoke = vi.hoisted(() => vi.fn(async () => ({ ok: true, value: 'answer' })))

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => Promise<unknown>>) => {
      exposed.key = key
      exposed.api = api
    }
  },
  ipcRenderer: { invoke }
}))

describe('preload bridge', () => {
  it('exposes window.api with exactly one function per contract method and nothing else', async () => {
    await import('../../electron/preload/index')
    expect(exposed.key).toBe('api')
    expect(Object.keys(exposed.api).sort()).toEqual([...methodNames].sort())
    for (const name of methodNames) expect(typeof exposed.api[name]).toBe('function')
    expect(Object.isFrozen(exposed.api)).toBe(true)
    expect(exposed.api).not.toHaveProperty('invoke')
  })

  it('forwards each call to its own channel with its arguments in their wire form', async () => {
    await import('../../electron/preload/index')
    const photo = new Uint8Array([1, 2, 3])
    for (const name of methodNames) {
      invoke.mockClear()
      await expect(exposed.api[name]!('x', { bytes: photo })).resolves.toEqual({ ok: true, value: 'answer' })
      expect(invoke).toHaveBeenCalledWith(channelOf(name), '["x",{"bytes":{"\\u0000wire":0}}]', photo)
      expect(decodeCall((invoke.mock.calls[0] as unknown[]).slice(1), wireLimits(name))).toEqual({ ok: true, args: ['x', { bytes: photo }] })
    }
  })

  it('rejects, rather than throws, a call too deeply nested to encode', async () => {
    await import('../../electron/preload/index')
    let deep: unknown = 'x'
    for (let i = 0; i < 100_000; i++) deep = { a: deep }
    await expect(exposed.api.getAppInfo!(deep)).rejects.toThrow()
  })
})
