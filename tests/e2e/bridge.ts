import type { Page } from '@playwright/test'
import { createDispatcher } from '../../electron/main/dispatcher'
import { createHandlers } from '../../electron/main/handlers'
import type { Services } from '../../electron/main/services'
import { isTrustedSender } from '../../electron/main/trusted-sender'
import { methodNames } from '../../shared/ipc/methods'
import { fromWire, toWire } from './wire'

/**
 * Electron's binary cannot be fetched on build machines, so the page runs in Chromium
 * and `window.api` forwards every call to the real main-process dispatcher, running
 * here against a fresh data folder. Only Electron's own transport is not exercised.
 * Arguments are structured-cloned first, as Electron does (so a Vue proxy fails here too),
 * and Uint8Arrays are carried across as base64.
 */
export async function bridgeToMain(page: Page, services: Services, appEntry: URL) {
  const dispatch = createDispatcher(createHandlers(services))
  await page.exposeBinding('__physioplanInvoke', async (source, name: unknown, args: unknown) => {
    const sender = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }
    const result = await dispatch(name, Array.isArray(args) ? args.map(fromWire) : [], isTrustedSender(sender, appEntry))
    return toWire(result)
  })
  // Injected as script text through the DevTools protocol, which the page's CSP does not govern.
  await page.addInitScript({
    content: `(() => {
      const toWire = ${toWire.toString()};
      const fromWire = ${fromWire.toString()};
      const invoke = window.__physioplanInvoke;
      const api = {};
      for (const name of ${JSON.stringify(methodNames)}) {
        api[name] = async (...args) => {
          const answer = fromWire(await invoke(name, args.map((arg) => toWire(structuredClone(arg)))));
          window.dispatchEvent(new CustomEvent('physioplan:answered', { detail: name }));
          return answer;
        };
      }
      Object.defineProperty(window, 'api', { value: Object.freeze(api) });
    })()`
  })
}
