import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channelOf, methodNames } from '../../shared/ipc/methods'
import { decodeCall } from '../../shared/ipc/wire'
import { refusedArguments, type Dispatch } from './dispatcher'
import { wireLimits } from './ipc-bounds'
import { isTrustedSender, type SenderFrame } from './trusted-sender'

/** A frame that has gone away (navigated, destroyed) throws on access: then there is no sender. */
function senderOf(event: IpcMainInvokeEvent): SenderFrame | null {
  try {
    const frame = event.senderFrame
    return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null
  } catch {
    return null
  }
}

/** Registers exactly one handler per contract method on Electron's IPC. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, appEntry: URL): void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), (event, ...wire: unknown[]) => {
      // A foreign sender is refused before anything it sent is looked at.
      if (!isTrustedSender(senderOf(event), appEntry)) return dispatch(name, [], false)
      const call = decodeCall(wire, wireLimits(name))
      return call.ok ? dispatch(name, call.args, true) : refusedArguments(call.reason)
    })
  }
}
