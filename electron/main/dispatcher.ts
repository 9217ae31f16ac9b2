import { contract, isMethodName, type MethodArgs, type MethodName, type MethodReturn } from '../../shared/ipc/contract'
import { AppError, fail, ok, type ApiResult } from '../../shared/ipc/result'
import { argumentsTooLarge, boundedIssues } from './ipc-bounds'

/** One handler per contract method; TypeScript refuses a missing one. */
export type Handlers = {
  [M in MethodName]: (...args: MethodArgs<M>) => Promise<MethodReturn<M>> | MethodReturn<M>
}

export type Dispatch = (method: unknown, args: unknown[], trusted: boolean) => Promise<ApiResult<unknown>>

export interface DispatchLog {
  error(message: string, detail: unknown): void
}

/** The answer to arguments refused before validation, saying only why. */
export function refusedArguments(reason: string): ApiResult<never> {
  const message = reason === 'malformed' ? 'That request is not in the form PhysioPlan expects' : `That request is ${reason} to be handled`
  return fail({ code: 'invalid-input', message: `${message}; nothing was changed.` })
}

/**
 * The boundary: check the sender, check the method, validate the arguments,
 * delegate, and turn every failure into a typed error value.
 */
export function createDispatcher(handlers: Handlers, log: DispatchLog = console): Dispatch {
  return async (method, args, trusted) => {
    if (!trusted) return fail({ code: 'forbidden-sender', message: 'This request did not come from the PhysioPlan window.' })
    // Never echo what was sent: the method name or arguments may be anything.
    if (!isMethodName(method)) return fail({ code: 'unknown-method', message: 'Unknown request.' })
    const tooLarge = argumentsTooLarge(method, args)
    if (tooLarge) return refusedArguments(tooLarge)

    const parsed = contract[method].args.safeParse(args)
    if (!parsed.success) {
      return fail({ code: 'invalid-input', message: 'Some details are not valid.', issues: boundedIssues(parsed.error.issues) })
    }
    try {
      const handler = handlers[method] as (...a: unknown[]) => unknown
      return ok(await handler(...(parsed.data as unknown[])))
    } catch (error) {
      if (error instanceof AppError) return fail({ code: error.code, message: error.message, issues: error.issues })
      log.error(`Unexpected error in ${method}`, error)
      return fail({ code: 'internal', message: 'Something went wrong. Nothing was changed. Please try again.' })
    }
  }
}
