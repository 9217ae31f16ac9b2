import { isPlausibleDateOfBirth } from '../../../shared/domain/client'
import { upgradeSettings } from '../../../shared/domain/settings'
import { library } from '../../../shared/library'
import type { Migration } from './document-kind'

type Loose = Record<string, unknown>
const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Client document 1 → 2 (issue 10): clinical decisions are kept on the record; a date of birth
 * in the future or more than 120 years ago is taken off the profile and kept, word for word, in
 * the notes (nothing the clinician typed is dropped); a stored "clear" with open questions is
 * what it always was, "incomplete".
 */
export const clientDocumentV1toV2: Migration = (doc) => {
  const client = isRecord(doc.client) ? { ...doc.client } : doc.client
  if (isRecord(client) && typeof client.dateOfBirth === 'string' && !isPlausibleDateOfBirth(client.dateOfBirth)) {
    const note = `Date of birth ${client.dateOfBirth} was removed from the profile: it is not a possible date of birth. Please enter the right one.`
    client.notes = [note, typeof client.notes === 'string' ? client.notes : ''].filter(Boolean).join('\n\n')
    delete client.dateOfBirth
  }
  const screenings = Array.isArray(doc.screenings) ? doc.screenings.map(incompleteWhenOpen) : doc.screenings
  return { ...doc, client, screenings, decisions: [] }
}

function incompleteWhenOpen(screening: unknown): unknown {
  if (!isRecord(screening) || !isRecord(screening.outcome)) return screening
  const { outcome } = screening
  const open = Array.isArray(outcome.unanswered) && outcome.unanswered.length > 0
  return open && outcome.outcome === 'clear' ? { ...screening, outcome: { ...outcome, outcome: 'incomplete' } } : screening
}

/**
 * Client document 2 → 3 (issue 15): the client gains problem areas, which pick the red-flag
 * questions and the handout's "stop and seek help" signs. Until now every client was screened
 * for the back, so a client whose conditions name no area keeps the back; one whose conditions
 * name areas (a knee replacement) is screened for those. Operations and structured restrictions,
 * added earlier without a version step, are written out explicitly. Each stored screening records
 * that it asked the back questions, which is what it did. Nothing else changes.
 */
export const clientDocumentV2toV3: Migration = (doc) => {
  const client = isRecord(doc.client) ? { ...doc.client } : doc.client
  if (isRecord(client)) {
    const conditions = Array.isArray(client.conditions) ? client.conditions : []
    const namesAnArea = conditions.some((id) => (library.conditions.get(id)?.areas ?? []).length > 0)
    if (!Array.isArray(client.problemAreas)) client.problemAreas = namesAnArea ? [] : ['back']
    if (!Array.isArray(client.operations)) client.operations = []
    if (!Array.isArray(client.restrictions)) client.restrictions = []
  }
  const screenings = Array.isArray(doc.screenings) ? doc.screenings.map(backScreenScope) : doc.screenings
  return { ...doc, client, screenings }
}

function backScreenScope(screening: unknown): unknown {
  if (!isRecord(screening) || !isRecord(screening.outcome) || screening.outcome.scope !== undefined) return screening
  return { ...screening, outcome: { ...screening.outcome, scope: { areas: ['back'], afterSurgery: [], assumed: true } } }
}

/** Settings 1 → 2: the screening review interval, 90 days unless set. */
export const settingsV1toV2: Migration = (doc) => upgradeSettings(doc) as Record<string, unknown>
