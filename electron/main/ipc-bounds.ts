import type { MethodName } from '../../shared/ipc/methods'
import type { ApiIssue } from '../../shared/ipc/result'
import type { WireLimits } from '../../shared/ipc/wire'

/**
 * Limits checked before any validation, so a hostile or broken call costs main a few
 * milliseconds, never seconds: total text and bytes, number of values, nesting depth.
 * Photos and logos carry their own, larger byte budget (their 5 MB cap is checked after).
 */
export const argumentLimits = { bytes: 1024 * 1024, imageBytes: 6 * 1024 * 1024, values: 20_000, depth: 24 }
const imageMethods: ReadonlySet<MethodName> = new Set(['addCustomExercisePhoto', 'setClinicLogo'])

/**
 * The same limits for a call still in its wire form (shared/ipc/wire.ts), checked before
 * anything is parsed. Object keys are far dearer to build than array items or text, and no
 * call of ours sends more than a few thousand (a 60-exercise plan has about 1,500).
 */
export function wireLimits(method: MethodName): WireLimits {
  return {
    textLength: argumentLimits.bytes,
    bytes: imageMethods.has(method) ? argumentLimits.imageBytes : argumentLimits.bytes,
    keys: 5_000,
    values: argumentLimits.values,
    depth: argumentLimits.depth
  }
}

/** Why the arguments are too large, or null. Walks at most `values` values, so it is bounded too. */
export function argumentsTooLarge(method: MethodName, args: unknown): string | null {
  const byteBudget = imageMethods.has(method) ? argumentLimits.imageBytes : argumentLimits.bytes
  let bytes = 0
  let values = 0
  const pending: unknown[] = [args]
  const depths: number[] = [0]
  while (pending.length > 0) {
    const value = pending.pop()
    const depth = depths.pop()!
    if (++values + pending.length > argumentLimits.values) return 'too many values'
    if (depth > argumentLimits.depth) return 'nested too deeply'
    if (typeof value === 'string') bytes += value.length * 2
    else if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) bytes += value.byteLength
    else if (Array.isArray(value)) {
      // Checked before walking, so a huge array costs nothing.
      if (value.length + pending.length + values > argumentLimits.values) return 'too many values'
      for (const item of value) {
        pending.push(item)
        depths.push(depth + 1)
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const key in value) {
        bytes += key.length * 2
        pending.push((value as Record<string, unknown>)[key])
        depths.push(depth + 1)
        if (pending.length + values > argumentLimits.values) return 'too many values'
      }
    } else bytes += 8
    if (bytes > byteBudget) return 'too large'
  }
  return null
}

export const maxIssuesReported = 5
const safeSegment = /^[A-Za-z0-9_]{1,40}$/

/**
 * The first few validation issues, in words that never repeat what was sent: path segments
 * that are not plain field names or indexes are masked, and messages naming unknown keys are replaced.
 */
export function boundedIssues(issues: readonly { code?: string; path: PropertyKey[]; message: string }[]): ApiIssue[] {
  // The argument index is kept apart from the field path, so forms key messages by field alone.
  return issues.slice(0, maxIssuesReported).map(({ code, path: [argument, ...field], message }) => ({
    argument: typeof argument === 'number' ? argument : 0,
    path: field.map((segment) => (typeof segment === 'number' || safeSegment.test(String(segment)) ? String(segment) : '?')).join('.'),
    message: code === 'unrecognized_keys' ? 'Unknown field' : message.slice(0, 200)
  }))
}
