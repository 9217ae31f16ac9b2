import { defineStore } from 'pinia'
import { reactive } from 'vue'
import { todayIso } from '../clients/client-text'
import { blankScreening, type ScreeningFormState } from './use-screening-form'

/** Unsaved screenings by client, kept while the app runs so switching tabs loses no answers. */
export const useScreeningDrafts = defineStore('screening-drafts', () => {
  const drafts = reactive(new Map<string, ScreeningFormState>())

  function draftFor(clientId: string): ScreeningFormState {
    if (!drafts.has(clientId)) drafts.set(clientId, blankScreening(todayIso()))
    return drafts.get(clientId) ?? blankScreening(todayIso())
  }

  return { drafts, draftFor }
})
