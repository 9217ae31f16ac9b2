import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channelOf, methodNames } from '../../shared/ipc/methods'
import type { Dispatch } from './dispatcher'
import { isTrustedSender } from './trusted-sender'

function senderOf(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null
}

/** Registers exactly one handler per contract method on Electron's IPC. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, appEntry: URL): void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), (event, ...args: unknown[]) =>
      dispatch(name, args, isTrustedSender(senderOf(event), appEntry))
    )
  }
}
