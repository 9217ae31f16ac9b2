import type { CDPSession, Page } from '@playwright/test'
import { createDispatcher } from '../../electron/main/dispatcher'
import { createHandlers } from '../../electron/main/handlers'
import type { Services } from '../../electron/main/services'
import { isTrustedSender, type SenderFrame } from '../../electron/main/trusted-sender'
import { methodNames } from '../../shared/ipc/methods'
import { fromWire, toWire } from './wire'

/**
 * Electron's binary cannot be fetched on build machines, so the page runs in Chromium
 * and `window.api` forwards every call to the real main-process dispatcher, running
 * here against a fresh data folder. Only Electron's own transport is not exercised.
 * Arguments are structured-cloned first, as Electron does (so a Vue proxy fails here too),
 * and Uint8Arrays are carried across as base64.
 *
 * The transport is Chromium's own binding (DevTools `Runtime.addBinding`): one JSON string each
 * way, as cheap for the page as Electron's IPC is. Playwright's `exposeBinding` runs its value
 * serializer in a second world of the page for every call, which cost the page tens of
 * milliseconds on its first screen (the bench's Clients load) that the app never pays.
 */
export async function bridgeToMain(page: Page, services: Services, appEntry: URL) {
  const dispatch = createDispatcher(createHandlers(services))
  const cdp = await page.context().newCDPSession(page)
  const senders = senderFrames(cdp)
  cdp.on('Runtime.bindingCalled', ({ name, payload, executionContextId }) => {
    if (name !== bindingName) return
    const { id, method, args } = JSON.parse(payload) as { id: number; method: unknown; args: unknown }
    const answer = (failed: boolean, value: unknown) =>
      cdp
        .send('Runtime.callFunctionOn', {
          functionDeclaration: `(id, failed, answer) => window.${answerName}(id, failed, answer)`,
          executionContextId,
          arguments: [{ value: id }, { value: failed }, { value: JSON.stringify(value) }]
        })
        // The page navigated away while main was answering: nobody is waiting any more.
        .catch(() => undefined)
    dispatch(method, Array.isArray(args) ? args.map(fromWire) : [], isTrustedSender(senders.of(executionContextId), appEntry)).then(
      (result) => answer(false, toWire(result)),
      (error: unknown) => answer(true, String(error))
    )
  })
  await senders.ready
  await cdp.send('Runtime.addBinding', { name: bindingName })
  // Injected as script text through the DevTools protocol, which the page's CSP does not govern.
  await page.addInitScript({
    content: `(() => {
      const toWire = ${toWire.toString()};
      const fromWire = ${fromWire.toString()};
      const invoke = window.${bindingName};
      delete window.${bindingName};
      const waiting = new Map();
      let next = 0;
      Object.defineProperty(window, '${answerName}', {
        value: (id, failed, answer) => {
          const call = waiting.get(id);
          waiting.delete(id);
          if (failed) call.reject(new Error(JSON.parse(answer)));
          else call.resolve(fromWire(JSON.parse(answer)));
        }
      });
      const api = {};
      for (const name of ${JSON.stringify(methodNames)}) {
        api[name] = async (...args) => {
          const wired = args.map((arg) => toWire(structuredClone(arg)));
          const id = next++;
          const answered = new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
          invoke(JSON.stringify({ id, method: name, args: wired }));
          const answer = await answered;
          window.dispatchEvent(new CustomEvent('physioplan:answered', { detail: name }));
          return answer;
        };
      }
      Object.defineProperty(window, 'api', { value: Object.freeze(api) });
    })()`
  })
}

const bindingName = '__physioplanInvoke'
const answerName = '__physioplanAnswer'

/**
 * The frame each of the page's scripting contexts belongs to, with its address, as Electron's
 * `event.senderFrame` tells main: only the app's own top-level page is trusted (a PDF preview's
 * sub-frame, another page, is refused).
 */
function senderFrames(cdp: CDPSession) {
  const frameOf = new Map<number, string>()
  const urls = new Map<string, string>()
  let mainFrame = ''
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const frameId = (context.auxData as { frameId?: string } | undefined)?.frameId
    if (frameId) frameOf.set(context.id, frameId)
  })
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => frameOf.delete(executionContextId))
  cdp.on('Page.frameNavigated', ({ frame }) => {
    urls.set(frame.id, frame.url)
    if (!frame.parentId) mainFrame = frame.id
  })
  cdp.on('Page.navigatedWithinDocument', ({ frameId, url }) => urls.set(frameId, url))
  const ready = (async () => {
    await cdp.send('Page.enable')
    const { frameTree } = await cdp.send('Page.getFrameTree')
    mainFrame = frameTree.frame.id
    urls.set(mainFrame, frameTree.frame.url)
    await cdp.send('Runtime.enable')
  })()
  return {
    ready,
    of(contextId: number): SenderFrame | null {
      const frameId = frameOf.get(contextId)
      return frameId ? { url: urls.get(frameId) ?? '', isMainFrame: frameId === mainFrame } : null
    }
  }
}
