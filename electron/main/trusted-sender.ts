/** The frame an IPC message came from, as Electron describes it. */
export interface SenderFrame {
  url: string
  isMainFrame: boolean
}

/**
 * Only the app's own top-level page may call the API: same scheme and same host (with port)
 * as the app entry (app://physioplan/ when built, the dev server in development). Sub-frames
 * (e.g. a PDF preview), file:// pages and any other origin are refused. Never throws: a
 * malformed URL is simply not trusted.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, appEntry: URL): boolean {
  try {
    if (!frame || frame.isMainFrame !== true || typeof frame.url !== 'string') return false
    // Every local file shares the empty host, so file:// can never identify the app.
    if (appEntry.protocol === 'file:') return false
    const url = new URL(frame.url)
    return url.protocol === appEntry.protocol && url.host === appEntry.host
  } catch {
    return false
  }
}
