import { computed, ref } from 'vue'
import type { ApiError, ApiResult } from '../../../shared/ipc/result'

/**
 * Field messages from an error, keyed by the field's dotted path ("dosage.reps") and, for
 * nested fields, also by their top-level field ("conditions" for "conditions.2"), so a form
 * can show the message beside the input it belongs to.
 */
export function fieldErrorsOf(error: ApiError | undefined): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error?.issues ?? []) {
    if (!issue.path) continue
    errors[issue.path] ??= issue.message
    errors[issue.path.split('.')[0]!] ??= issue.message
  }
  return errors
}

/**
 * The one busy / error / done helper every screen uses around a store call: what is running,
 * the last error (with its field messages) and the last success message.
 */
export function useAction<Kind extends string = 'action'>() {
  const busy = ref<Kind | null>(null)
  const error = ref<ApiError>()
  const done = ref<string>()
  const fieldErrors = computed(() => fieldErrorsOf(error.value))

  async function run<T>(call: () => Promise<ApiResult<T>>, options: { kind?: Kind; done?: (value: T) => string | undefined } = {}): Promise<ApiResult<T>> {
    busy.value = options.kind ?? ('action' as Kind)
    error.value = undefined
    done.value = undefined
    let result: ApiResult<T>
    try {
      result = await call()
    } finally {
      busy.value = null
    }
    if (result.ok) done.value = options.done?.(result.value)
    else error.value = result.error
    return result
  }

  const clear = () => {
    error.value = undefined
    done.value = undefined
  }

  return { busy, error, done, fieldErrors, run, clear }
}
