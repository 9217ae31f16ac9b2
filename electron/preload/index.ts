import { contextBridge, ipcRenderer } from 'electron'
import type { AppApi } from '../../shared/ipc/contract'
import { channelOf, methodNames } from '../../shared/ipc/methods'
import { encodeCall } from '../../shared/ipc/wire'

/** One function per contract method; the page never sees ipcRenderer itself. */
export function buildApi(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): AppApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
  for (const name of methodNames) {
    // Async, so that arguments too deep to encode reject the page's call rather than throw.
    api[name] = async (...args) => invoke(channelOf(name), ...encodeCall(args))
  }
  return Object.freeze(api) as unknown as AppApi
}

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, ...args) => ipcRenderer.invoke(channel, ...args))
)
