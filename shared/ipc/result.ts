// Every IPC call resolves to a Result: errors are values, so no exception ever
// has to cross the contextBridge (which would strip its type and details).

export const apiErrorCodes = [
  'invalid-input',
  'forbidden-sender',
  'unknown-method',
  'not-found',
  'conflict',
  'corrupt-data',
  'newer-version',
  'disk-full',
  'permission-denied',
  /** The data folder was opened read-only: records can be read, changes are refused. */
  'read-only',
  'io-error',
  'cancelled',
  /** Export held by the red-flag screening until a clinical decision is recorded. */
  'decision-needed',
  /** Export held by Avoid warnings not yet swapped, removed or kept with a reason. */
  'unresolved-warnings',
  'locked',
  'wrong-passphrase',
  'internal'
] as const

export type ApiErrorCode = (typeof apiErrorCodes)[number]

export interface ApiIssue {
  /** Dotted path of the offending field within its argument, e.g. "dosage.holdSeconds". Empty for the whole value. */
  path: string
  /** Which IPC argument it is in, when the boundary's validation found it. */
  argument?: number
  message: string
}

export interface ApiError {
  code: ApiErrorCode
  /** One plain sentence the clinician can read. */
  message: string
  issues?: ApiIssue[]
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value })
export const fail = (error: ApiError): ApiResult<never> => ({ ok: false, error })

/** Thrown by main-process services; the dispatcher turns it into an ApiError. */
export class AppError extends Error {
  readonly code: ApiErrorCode
  readonly issues?: ApiIssue[]

  constructor(code: ApiErrorCode, message: string, issues?: ApiIssue[]) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.issues = issues
  }
}
