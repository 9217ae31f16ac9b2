import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, join, relative } from 'node:path'

/**
 * The built page is served from app://physioplan/ rather than file://, so it has a real
 * origin of its own (no other local file shares it) and can only ever read the built renderer.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'physioplan'
export const appEntryUrl = (): URL => new URL(`${APP_SCHEME}://${APP_HOST}/index.html`)

/**
 * Registered before the app is ready: standard (real origin, relative URLs) and secure (like https).
 * codeCache: Chromium keeps the compiled page scripts between starts, as it does for https, so
 * every start after the first skips compiling the ~320 KB the first screen runs.
 */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
} as const

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

export const mimeTypeOf = (file: string): string => mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream'

/**
 * The file under `root` that an app:// URL names, or null when the URL is not the app's,
 * is malformed, or would leave `root` (`..`, encoded separators, NUL bytes).
 */
export function resolveAppFile(rawUrl: string, root: string): string | null {
  let pathname: string
  try {
    const url = new URL(rawUrl)
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const file = join(root, pathname === '/' ? 'index.html' : pathname)
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null
  return file
}

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** The handler given to `protocol.handle`: files of the built renderer, each with the CSP header. */
export function appProtocolHandler(root: string, csp: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')
    const file = resolveAppFile(request.url, root)
    if (!file) return plain(404, 'Not found')
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return plain(404, 'Not found')
    }
    const headers = { 'Content-Type': mimeTypeOf(file), 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
  }
}
