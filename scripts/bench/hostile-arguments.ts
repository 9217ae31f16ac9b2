import type { IpcMain } from 'electron'
import type { Dispatch } from '../../electron/main/dispatcher'
import { registerIpc } from '../../electron/main/ipc'
import { channelOf, type MethodName } from '../../shared/ipc/methods'
import { encodeCall } from '../../shared/ipc/wire'

/** A marker that must never come back in a reply: replies do not echo what was sent. */
export const hostileMarker = 'HOSTILE<script>'

function nested(depth: number): unknown {
  let value: unknown = hostileMarker
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

/** Oversized and malformed argument lists, each sent to every IPC method. */
export function hostileArgumentLists(): { name: string; args: unknown[] }[] {
  return [
    { name: '10 MB byte array where an object is expected', args: [new Uint8Array(10 * 1024 * 1024)] },
    { name: '10 MB byte array as a photo', args: ['custom-x', { bytes: new Uint8Array(10 * 1024 * 1024) }] },
    { name: '5 million characters', args: [{ text: hostileMarker.repeat(350_000) }] },
    { name: '200,000 numbers', args: [Array.from({ length: 200_000 }, (_, i) => i)] },
    { name: '100,000 keys', args: [Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`${hostileMarker}${i}`, i]))] },
    { name: 'just under the 5,000-key limit', args: [Object.fromEntries(Array.from({ length: 4_990 }, (_, i) => [`${hostileMarker}${i}`, i]))] },
    { name: '10,000 levels deep', args: [nested(10_000)] },
    { name: 'wrong types and too many arguments', args: [hostileMarker, 42, null, { [hostileMarker]: true }] },
    { name: 'unknown keys in an object', args: [{ [hostileMarker]: hostileMarker, givenName: 7 }] }
  ]
}

/**
 * The two ways hostile arguments reach main's IPC handler: encoded by the app's preload
 * (shared/ipc/wire.ts), or sent as they are by a page that got past the preload.
 */
export function hostileSends(args: unknown[]): { form: string; wire: unknown[] }[] {
  const sends = [{ form: 'sent raw', wire: args }]
  try {
    sends.push({ form: 'through the preload', wire: encodeCall(args) })
  } catch {
    // Too deep even to encode: the page's own call fails, and main never hears of it.
  }
  return sends
}

type Listener = (event: unknown, ...wire: unknown[]) => unknown
const appEntry = new URL('app://physioplan/index.html')
const fromApp = { senderFrame: { url: appEntry.href, parent: null } }

/** Main's handlers as registered on Electron's IPC, called as a message from the app's page. */
export function registeredCalls(dispatch: Dispatch): (method: MethodName, wire: unknown[]) => Promise<unknown> {
  const listeners = new Map<string, Listener>()
  const ipcMain = { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) }
  registerIpc(ipcMain as unknown as Pick<IpcMain, 'handle'>, dispatch, appEntry)
  return async (method, wire) => listeners.get(channelOf(method))!(fromApp, ...wire)
}
