import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BuiltMainProcess } from './built-main'

/**
 * Chromium under Playwright cannot open app:// itself, so this local server passes every
 * request to the protocol handler the built main installed, and sends back its answer
 * (status, MIME type, CSP header, body) unchanged.
 */
export async function serveThroughAppProtocol(main: BuiltMainProcess): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    main.fetch(`app://physioplan${request.url ?? '/'}`, request.method).then(
      (answer) => {
        response.writeHead(answer.status, answer.headers)
        response.end(Buffer.from(answer.body))
      },
      (error: unknown) => {
        response.writeHead(500)
        response.end(String(error))
      }
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** The page's URL as Electron would report it: the app:// URL the server stands for. */
export function asAppUrl(url: string, origin: string): string {
  return url.startsWith(`${origin}/`) ? `app://physioplan${url.slice(origin.length)}` : url
}
