import { contextBridge, ipcRenderer } from 'electron'
import type { AppApi } from '../../shared/ipc/contract'
import { channelOf, methodNames } from '../../shared/ipc/methods'

/** One function per contract method; the page never sees ipcRenderer itself. */
export function buildApi(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): AppApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
  for (const name of methodNames) {
    api[name] = (...args) => invoke(channelOf(name), ...args)
  }
  return Object.freeze(api) as unknown as AppApi
}

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, ...args) => ipcRenderer.invoke(channel, ...args))
)
