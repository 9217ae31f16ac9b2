import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'

export const viewport = { width: 1280, height: 800 }

/** A page of the bench's browser (a fresh browser page has a context of its own: no cache carried over). */
export async function newPage(opener: Browser | BrowserContext): Promise<Page> {
  const page = 'newContext' in opener ? await opener.newPage({ viewport }) : await opener.newPage()
  // tsx keeps function names with a `__name` helper, which functions handed to page.evaluate then call.
  await page.addInitScript({ content: 'window.__name = (f) => f' })
  return page
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' }

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
 * Milliseconds of main-thread work from an event the page receives to its result on screen: the
 * handler, Vue's re-render (a microtask), a forced style and layout, and then the next frame's
 * rendering (style, layout, paint, commit), but not the idle wait for that frame. Without the
 * frame a sample depended on whether Chromium happened to draw before the measuring task ran
 * (some samples did, some did not), so a run's median swung between 7 and 24 ms. `until` names
 * an IPC answer to wait for first (the bridge raises `physioplan:answered`), for work that asks main.
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
      const afterTasks = () => new Promise<number>((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = () => resolve(performance.now()); channel.port2.postMessage(0) })
      const start = performance.now()
      if (event.type === 'key') target.dispatchEvent(new KeyboardEvent('keydown', { key: event.key, altKey: event.altKey, ctrlKey: event.ctrlKey, bubbles: true, cancelable: true }))
      else {
        ;(target as HTMLInputElement).value = event.value
        target.dispatchEvent(new Event('input', { bubbles: true }))
      }
      await answered
      // The frame that draws the result: its callback runs as the frame begins, and a task posted
      // from it runs once the frame's style, layout, paint and commit are done.
      const frame = new Promise<{ begun: number; drawn: number }>((resolve) => requestAnimationFrame(() => {
        const begun = performance.now()
        void afterTasks().then((drawn) => resolve({ begun, drawn }))
      }))
      const handled = await afterTasks()
      void document.body.offsetHeight
      const laidOut = performance.now()
      const { begun, drawn } = await frame
      // The frame came first (it was due as the handler ended): the whole span is work.
      return begun < handled ? drawn - start : laidOut - start + (drawn - begun)
    },
    { selector, event, until }
  )
}

export const medianOf = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
export const worstOf = (values: number[]): number => Math.max(...values)
