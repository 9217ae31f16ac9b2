import { contract, isMethodName, type MethodArgs, type MethodName, type MethodReturn } from '../../shared/ipc/contract'
import { AppError, fail, ok, type ApiIssue, type ApiResult } from '../../shared/ipc/result'

/** One handler per contract method; TypeScript refuses a missing one. */
export type Handlers = {
  [M in MethodName]: (...args: MethodArgs<M>) => Promise<MethodReturn<M>> | MethodReturn<M>
}

export type Dispatch = (method: unknown, args: unknown[], trusted: boolean) => Promise<ApiResult<unknown>>

export interface DispatchLog {
  error(message: string, detail: unknown): void
}

/** The argument index is kept apart from the field path, so forms key messages by field alone. */
function issuesOf(error: { issues: { path: PropertyKey[]; message: string }[] }): ApiIssue[] {
  return error.issues.map(({ path: [argument, ...field], message }) => ({ argument: Number(argument ?? 0), path: field.map(String).join('.'), message }))
}

/**
 * The boundary: check the sender, check the method, validate the arguments,
 * delegate, and turn every failure into a typed error value.
 */
export function createDispatcher(handlers: Handlers, log: DispatchLog = console): Dispatch {
  return async (method, args, trusted) => {
    if (!trusted) return fail({ code: 'forbidden-sender', message: 'This request did not come from the PhysioPlan window.' })
    if (!isMethodName(method)) return fail({ code: 'unknown-method', message: `Unknown request "${String(method)}".` })

    const parsed = contract[method].args.safeParse(args)
    if (!parsed.success) {
      return fail({ code: 'invalid-input', message: 'Some details are not valid.', issues: issuesOf(parsed.error) })
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
