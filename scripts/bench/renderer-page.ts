import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import type { Page } from '@playwright/test'

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' }

/** Serves the built renderer (out/renderer) on 127.0.0.1, as `vite preview` does, without a second process. */
export function serveRenderer(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    const file = join(dir, path === '/' ? 'index.html' : path)
    const stat = file.startsWith(dir) && existsSync(file) ? statSync(file) : undefined
    if (!stat?.isFile()) return void response.writeHead(404).end()
    // Kept by the browser and asked again each time (a 304 when unchanged): a page it has run before
    // then runs from the code it compiled, as the app's pages do (see clientsReadyWarm).
    const modified = stat.mtime.toUTCString()
    if (request.headers['if-modified-since'] === modified) return void response.writeHead(304).end()
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'last-modified': modified })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server })
  }))
}

/**
 * Milliseconds from an event the page receives to the page having done its work: the handler,
 * Vue's re-render (a microtask), and then a forced style and layout. `until` names an IPC answer
 * to wait for first (the bridge raises `physioplan:answered`), for work that asks main.
 */
export function timeInteraction(page: Page, selector: string, event: { type: 'key'; key: string; altKey?: boolean; ctrlKey?: boolean } | { type: 'input'; value: string }, until?: string): Promise<number> {
  return page.evaluate(
    async ({ selector, event, until }) => {
      const target = document.querySelector<HTMLElement>(selector)
      if (!target) throw new Error(`bench: nothing matches ${selector}`)
      const answered = until
        ? new Promise<void>((resolve) => window.addEventListener('physioplan:answered', function on(e) {
          if ((e as CustomEvent).detail === until) resolve(void window.removeEventListener('physioplan:answered', on))
        }))
        : Promise.resolve()
      const afterTasks = () => new Promise<void>((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = () => resolve(); channel.port2.postMessage(0) })
      const start = performance.now()
      if (event.type === 'key') target.dispatchEvent(new KeyboardEvent('keydown', { key: event.key, altKey: event.altKey, ctrlKey: event.ctrlKey, bubbles: true, cancelable: true }))
      else {
        ;(target as HTMLInputElement).value = event.value
        target.dispatchEvent(new Event('input', { bubbles: true }))
      }
      await answered
      await afterTasks()
      void document.body.offsetHeight
      return performance.now() - start
    },
    { selector, event, until }
  )
}

export const medianOf = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
export const worstOf = (values: number[]): number => Math.max(...values)
