import { isPlausibleDateOfBirth } from '../../../shared/domain/client'
import { upgradeSettings } from '../../../shared/domain/settings'
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

/** Settings 1 → 2: the screening review interval, 90 days unless set. */
export const settingsV1toV2: Migration = (doc) => upgradeSettings(doc) as Record<string, unknown>
