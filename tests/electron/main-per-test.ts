import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { createDispatcher } from '../../electron/main/dispatcher'
import { createHandlers } from '../../electron/main/handlers'
import { createServices } from '../../electron/main/services'
import type { Desktop } from '../../electron/main/desktop'
import type { ApiResult } from '../../shared/ipc/result'
import { library } from '../../shared/library'
import { testVault } from './store/helpers'

/** What the native dialogs answer: a path, or null for Cancel. */
export interface DialogAnswers {
  /** By default (undefined) the suggested file name in the test folder. */
  savePath?: string | null
  openPath: string | null
}

/** A desktop whose dialogs answer as told, whose printing just succeeds. */
export const desktopIn = (home: string, answers: DialogAnswers = { openPath: null }): Desktop => ({
  chooseSavePath: async ({ defaultName }) => (answers.savePath === undefined ? join(home, defaultName) : answers.savePath),
  chooseOpenPath: async () => answers.openPath,
  openPath: async () => undefined,
  printPdf: async () => undefined,
  showError: async () => undefined
})

/**
 * Main as the window reaches it: the real dispatcher and handlers over a real store, in a
 * folder made fresh for each test. Set `savePath` / `openPath` to answer the dialogs.
 */
export function mainPerTest(prefix: string) {
  const main: DialogAnswers & { dir: string; call: (method: string, ...args: unknown[]) => Promise<ApiResult<unknown>> } = {
    dir: '',
    openPath: null,
    call: () => Promise.reject(new Error('main is made fresh for each test'))
  }
  beforeEach(() => {
    main.dir = mkdtempSync(join(tmpdir(), prefix))
    main.savePath = undefined
    main.openPath = null
    const services = createServices({ dataDir: join(main.dir, 'data'), appName: 'PhysioPlan', appVersion: '1', builtInTemplates: [...library.templates], vault: testVault }, desktopIn(main.dir, main))
    const dispatch = createDispatcher(createHandlers(services), { error: () => undefined })
    main.call = (method, ...args) => dispatch(method, args, true)
  })
  afterEach(() => rmSync(main.dir, { recursive: true, force: true }))
  return main
}

/** The value of a call that must succeed; otherwise the test fails with the error's words. */
export const value = <T>(result: ApiResult<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}
