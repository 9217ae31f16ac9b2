import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Outcome } from '../../../../shared/domain/screening'
import { defaultReviewIntervalDays } from '../../../../shared/domain/review-interval'
// (the module itself, not the safety index: the client list need not load the checks and the library)
import { screeningState, type ScreeningState } from '../../../../shared/safety/screening-state'
import { ask } from '../../early-answers'
import { todayIso } from '../clients/client-text'

/** The review interval from Settings, and the one rule for the pill: outcome, "due" or "none". */
export const useReviewIntervalStore = defineStore('review-interval', () => {
  const days = ref(defaultReviewIntervalDays)

  async function load() {
    const result = await ask('getSettings')
    if (result.ok) days.value = result.value.reviewIntervalDays
  }

  const stateOf = (outcome: Outcome | null | undefined, date: string | null | undefined): ScreeningState =>
    screeningState(outcome && date ? { outcome, date } : null, todayIso(), days.value)

  return { days, load, stateOf }
})
