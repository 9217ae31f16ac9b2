import { describe, expect, it, vi } from 'vitest'
import { channelOf, methodNames } from '../../shared/ipc/methods'

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

  it('forwards each call to its own channel with its arguments', async () => {
    await import('../../electron/preload/index')
    for (const name of methodNames) {
      invoke.mockClear()
      await expect(exposed.api[name]!('x', 2)).resolves.toEqual({ ok: true, value: 'answer' })
      expect(invoke).toHaveBeenCalledWith(channelOf(name), 'x', 2)
    }
  })
})
