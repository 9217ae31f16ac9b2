import { z } from 'zod'
import { method, type MethodSpec } from './define'
import type { MethodName } from './methods'
import type { ApiResult } from './result'
import type { AppInfo } from './app-info'
import { handoutContract } from './handout-contract'
import { privacyContract } from './privacy-contract'
import { storeContract } from './store-contract'

export { methodNames, channelOf, isMethodName, type MethodName } from './methods'

/**
 * The one IPC contract between the renderer and the main process: argument
 * schemas (validated in main) and result types. Adding a method means adding its
 * name to methods.ts and its spec here; TypeScript then demands a handler in main,
 * and the preload exposes it automatically.
 */
export const contract = {
  getAppInfo: method(z.tuple([])).returns<AppInfo>(),
  ...storeContract,
  ...handoutContract,
  ...privacyContract
} satisfies { [M in MethodName]: MethodSpec<z.ZodTuple, unknown> }

type Contract = typeof contract
export type MethodArgs<M extends MethodName> = z.input<Contract[M]['args']>
export type MethodReturn<M extends MethodName> =
  Contract[M] extends MethodSpec<z.ZodTuple, infer Returns> ? Returns : never

/** What the renderer sees as `window.api`: one promise-returning function per method. */
export type AppApi = {
  [M in MethodName]: (...args: MethodArgs<M>) => Promise<ApiResult<MethodReturn<M>>>
}
