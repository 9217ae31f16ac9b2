import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channelOf, methodNames } from '../../shared/ipc/methods'
import type { Dispatch } from './dispatcher'
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
    ipcMain.handle(channelOf(name), (event, ...args: unknown[]) =>
      dispatch(name, args, isTrustedSender(senderOf(event), appEntry))
    )
  }
}
