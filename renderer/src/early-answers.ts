import type { MethodArgs, MethodName, MethodReturn } from '../../shared/ipc/contract'
import type { ApiResult } from '../../shared/ipc/result'

type Answer<M extends MethodName> = Promise<ApiResult<MethodReturn<M>>>

/** Questions put to main as the app's script starts, each waiting to be taken once by the component that needs it. */
const asked = new Map<string, Promise<ApiResult<unknown>>>()
const keyOf = (method: MethodName, args: unknown[]) => `${method}${JSON.stringify(args)}`
const call = <M extends MethodName>(method: M, args: MethodArgs<M>) =>
  // window.api directly, not through api.ts (which brings Vue): this module runs before Vue is loaded.
  (window.api[method] as unknown as (...a: MethodArgs<M>) => Answer<M>)(...args)

/**
 * Asks main now, before the components that need the answer exist: the first screen's questions
 * then travel together instead of one after another as each component appears.
 */
export function askEarly<M extends MethodName>(method: M, ...args: MethodArgs<M>): void {
  asked.set(keyOf(method, args), call(method, args))
}

/**
 * The answer to the same question asked early, if there is one (taken once: a second call asks
 * main afresh), else main's answer now. An early answer that was refused (the records were still
 * locked) is not used: the question is asked again.
 */
export async function ask<M extends MethodName>(method: M, ...args: MethodArgs<M>): Answer<M> {
  const key = keyOf(method, args)
  const early = asked.get(key) as Answer<M> | undefined
  asked.delete(key)
  if (early) {
    const answer = await early
    if (answer.ok) return answer
  }
  return call(method, args)
}
