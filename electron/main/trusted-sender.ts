/** Where the app's own page is loaded from: a file:// URL in production, the dev server in development. */
export interface SenderFrame {
  url: string
  isMainFrame: boolean
}

/**
 * Only the app's own top-level page may call the API. Sub-frames (e.g. a PDF preview)
 * and any other page are refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, appEntry: URL): boolean {
  if (!frame || !frame.isMainFrame) return false
  let url: URL
  try {
    url = new URL(frame.url)
  } catch {
    return false
  }
  if (appEntry.protocol === 'file:') {
    return url.protocol === 'file:' && decodeURIComponent(url.pathname) === decodeURIComponent(appEntry.pathname)
  }
  return url.origin === appEntry.origin
}
