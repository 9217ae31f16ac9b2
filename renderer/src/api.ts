import { toRaw } from 'vue'
import type { AppApi } from '../../shared/ipc/contract'
import type { ApiError, ApiResult } from '../../shared/ipc/result'

declare global {
  interface Window {
    api: AppApi
  }
}

/** The typed bridge to the main process, exposed by the preload script. */
export const api = (): AppApi => window.api

/** Unwraps a result for callers that show the error message themselves. */
export class ApiCallError extends Error {
  readonly error: ApiError
  constructor(error: ApiError) {
    super(error.message)
    this.error = error
  }
}

export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  const result = await call
  if (!result.ok) throw new ApiCallError(result.error)
  return result.value
}

/**
 * A deep copy without Vue's reactive proxies. IPC arguments are structured-cloned, and a
 * proxy cannot be cloned: pass form state through this before sending it.
 */
export const plain = <T>(value: T): T => structuredClone(unwrapDeep(value))

function unwrapDeep<T>(value: T): T {
  const raw = toRaw(value)
  if (Array.isArray(raw)) return raw.map(unwrapDeep) as T
  if (raw && typeof raw === 'object' && Object.getPrototypeOf(raw) === Object.prototype) {
    return Object.fromEntries(Object.entries(raw).map(([key, item]) => [key, unwrapDeep(item)])) as T
  }
  return raw
}
