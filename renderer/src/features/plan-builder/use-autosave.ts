import { ref, watch, type Ref } from 'vue'
import { planInputSchema, type PlanInput } from '../../../../shared/ipc/store-types'
import type { ApiError, ApiIssue } from '../../../../shared/ipc/result'
import { api, plain } from '../../api'

export type SaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed'

/**
 * Saves the draft shortly after each change. An invalid draft is never sent: the clinician's
 * edit stays on screen with the reason, and the last valid version stays on disk.
 */
export function useAutosave(clientId: () => string | undefined, planId: () => string | undefined, draft: Ref<PlanInput | undefined>, edits: () => number, delayMs = 600) {
  const state = ref<SaveState>('saved')
  const problems = ref<ApiIssue[]>([])
  const error = ref<ApiError>()
  let timer: ReturnType<typeof setTimeout> | undefined

  async function saveNow() {
    clearTimeout(timer)
    const client = clientId()
    const plan = planId()
    if (!draft.value || !client || !plan) return
    const parsed = planInputSchema.safeParse(plain(draft.value))
    if (!parsed.success) {
      problems.value = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
      state.value = 'invalid'
      return
    }
    problems.value = []
    state.value = 'saving'
    const result = await api().savePlan(client, plan, plain(draft.value))
    if (state.value !== 'saving') return // edited again meanwhile; the next save carries it
    state.value = result.ok ? 'saved' : 'failed'
    error.value = result.ok ? undefined : result.error
  }

  // The builder counts edits (loading a plan is not one), so the draft is not walked a second time here.
  watch(edits, () => {
    state.value = 'pending'
    clearTimeout(timer)
    timer = setTimeout(saveNow, delayMs)
  })

  return { state, problems, error, saveNow }
}
