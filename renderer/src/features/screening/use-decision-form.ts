import { computed, ref, watch } from 'vue'
import type { DecisionChoice } from '../../../../shared/domain/decision'
import type { ApiError } from '../../../../shared/ipc/result'
import { api, plain } from '../../api'
import { todayIso } from '../clients/client-text'
import { useClientRecordStore } from '../clients/client-record-store'

export interface DecisionFormState {
  kind: DecisionChoice['kind']
  to: string
  on: string
  by: string
  reason: string
}

/** The decision dialog's form; main checks it against the same schema and files it against the latest screening. */
export function useDecisionForm(clientId: () => string) {
  const store = useClientRecordStore()
  const state = ref<DecisionFormState>({ kind: 'referred', to: '', on: todayIso(), by: '', reason: '' })
  const saving = ref(false)
  const error = ref<ApiError>()
  // A message stays only until the clinician changes what it was about.
  watch(state, () => (error.value = undefined), { deep: true })
  const fieldErrors = computed(() => Object.fromEntries((error.value?.issues ?? []).map((i) => [i.path.replace(/^1\./, ''), i.message])))

  const choice = (): DecisionChoice => {
    const { kind, to, on, by, reason } = state.value
    if (kind === 'referred') return { kind, to, on }
    if (kind === 'cleared') return { kind, by }
    return { kind, reason }
  }

  async function submit(): Promise<boolean> {
    saving.value = true
    if (store.clientId !== clientId()) await store.load(clientId())
    const result = await store.change(api().recordDecision(clientId(), plain(choice())))
    saving.value = false
    error.value = result.ok ? undefined : result.error
    return result.ok
  }

  return { state, saving, error, fieldErrors, submit }
}
