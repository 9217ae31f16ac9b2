import { computed, reactive, toValue, type MaybeRefOrGetter } from 'vue'
import type { Answer, RedFlagId, ScreenAnswers } from '../../../../shared/domain'
import type { ScreeningInput } from '../../../../shared/ipc/store-types'
import { library } from '../../../../shared/library'
import { deriveFromAge, problemAreasOf, screen, screeningQuestions, type ScreenClient } from '../../../../shared/safety'
import { todayIso } from '../clients/client-text'
import { dateProblem, groupFlags, type SpaFeatureItem } from './screening-view'

export interface ScreeningFormState {
  date: string
  flags: Partial<Record<RedFlagId, Answer>>
  /** Undefined until the clinician answers; "unknown" is "not sure". */
  spaGate: Answer | undefined
  spaFeatures: Record<string, Answer>
  note: string
}

export const blankScreening = (today: string): ScreeningFormState =>
  ({ date: today, flags: {}, spaGate: undefined, spaFeatures: {}, note: '' })

/**
 * The screening form: answers, and the red-flag screen recomputed live from them with the
 * client's date of birth and sex, as of the screening date. Pass a kept draft as `state` so
 * answers survive switching tabs.
 */
export function useScreeningForm(
  client: MaybeRefOrGetter<ScreenClient>,
  today: () => string = todayIso,
  state: ScreeningFormState = reactive(blankScreening(today()))
) {

  // The questions of the client's problem areas; answers kept in the draft for others are not sent.
  const questions = computed(() => screeningQuestions(toValue(client)))
  const areas = computed(() => ({ list: problemAreasOf(toValue(client), library), ...questions.value.scope }))
  const answers = computed<ScreenAnswers>(() => {
    const flags = Object.fromEntries(questions.value.flags.flatMap((f) => (state.flags[f.id] ? [[f.id, state.flags[f.id]]] : [])))
    if (!state.spaGate || !questions.value.asksSpa) return { flags }
    const features = state.spaGate === 'yes' ? { ...state.spaFeatures } : {}
    return { flags, spa: { gate: state.spaGate, features } }
  })
  const dateError = computed(() => dateProblem(state.date, today()))
  // While the date is being corrected, screen as of today so the outcome never blanks out.
  const result = computed(() => screen(answers.value, toValue(client), dateError.value ? today() : state.date))
  const age = computed(() => result.value.age)

  const groups = computed(() => {
    const derived = new Set(result.value.derivedFlags)
    return groupFlags(questions.value.flags, (id) => {
      const criteria = library.redFlags.get(id)?.derivedFromAge
      if (!derived.has(id) || !criteria) return undefined
      return deriveFromAge(criteria, age.value, toValue(client).sex)
    })
  })
  const spaFeatures = computed<SpaFeatureItem[]>(() => library.spa.features.map((feature) => ({
    feature,
    derived: feature.trueWhenAgeBelow !== undefined && age.value !== null && age.value < feature.trueWhenAgeBelow
  })))
  const asksSpa = computed(() => questions.value.asksSpa)
  const showSpaFeatures = computed(() => asksSpa.value && state.spaGate === 'yes')
  /** Nothing asked has been answered yet. */
  const pending = computed(() => Object.keys(answers.value.flags).length === 0 && !answers.value.spa)

  const setFlag = (id: RedFlagId, value: Answer) => { state.flags[id] = value }
  const setSpaGate = (value: Answer) => { state.spaGate = value }
  const setSpaFeature = (id: string, value: Answer) => { state.spaFeatures[id] = value }
  const reset = () => { Object.assign(state, blankScreening(today())) }

  /** What the store keeps (main works out the outcome again); pass it through plain() before sending it over IPC. */
  const toInput = (): ScreeningInput =>
    ({ date: state.date, answers: answers.value, clinicianNote: state.note.trim() })

  return {
    state, answers, result, age, dateError, groups, areas, asksSpa, spaFeatures, showSpaFeatures, pending,
    setFlag, setSpaGate, setSpaFeature, reset, toInput, today
  }
}

export type ScreeningForm = ReturnType<typeof useScreeningForm>
