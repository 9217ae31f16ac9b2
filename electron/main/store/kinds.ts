import { z } from 'zod'
import { clientSchema } from '../../../shared/domain/client'
import { clinicalDecisionSchema } from '../../../shared/domain/decision'
import { exerciseSchema } from '../../../shared/domain/exercise'
import { planSchema } from '../../../shared/domain/plan'
import { screeningSchema } from '../../../shared/domain/screening'
import { settingsSchema } from '../../../shared/domain/settings'
import { templateSchema } from '../../../shared/domain/template'
import { photoRefSchema, type ClientSummary } from '../../../shared/ipc/store-types'
import { sortKey } from './client-summary'
import type { DocumentKind, Migration } from './document-kind'
import { clientDocumentV1toV2, clientDocumentV2toV3, settingsV1toV2 } from './migrations'
import { clientSalvage } from './salvage'
import { retentionSchema } from '../../../shared/ipc/privacy-contract'

/**
 * One document per client: the client, their screenings and their plans. The clinician's
 * decisions on warnings ("keep, with reason") are recorded on the plan items, so they live here too.
 */
export const clientDocumentSchema = z.object({
  schemaVersion: z.literal(3),
  client: clientSchema,
  screenings: z.array(screeningSchema),
  plans: z.array(planSchema),
  /** Referred, cleared or proceeding: what the clinician decided about a held handout. */
  decisions: z.array(clinicalDecisionSchema),
  /**
   * The versions each record replaced (lineage.ts), so an import can tell an old copy from a
   * conflicting edit. Optional, so an older PhysioPlan reads the document and drops it.
   */
  lineage: z.record(z.string().max(300), z.array(z.string().max(64)).max(100)).optional()
}).superRefine((doc, ctx) => {
  // A plan or screening filed under another client (a hand-edited or foreign import) is refused whole.
  doc.plans.forEach((plan, i) => {
    if (plan.clientId !== doc.client.id) ctx.addIssue({ code: 'custom', path: ['plans', i, 'clientId'], message: 'This plan belongs to another client' })
  })
  doc.screenings.forEach((s, i) => {
    if (s.clientId !== doc.client.id) ctx.addIssue({ code: 'custom', path: ['screenings', i, 'clientId'], message: 'This screening belongs to another client' })
  })
})
export type ClientDocument = z.infer<typeof clientDocumentSchema>

/**
 * The index is derived data, checked on every open of a 10,000-client practice, so it is
 * checked by hand (~2 ms) rather than by the zod summary schema (~40 ms cold). Anything odd
 * makes the bucket "damaged", and it is rebuilt from the fully validated client documents.
 */
const isText = (v: unknown) => typeof v === 'string'
function isStoredSummary(v: unknown): v is ClientSummary {
  if (typeof v !== 'object' || v === null) return false
  const s = v as Record<string, unknown>
  return isText(s.id) && isText(s.givenName) && isText(s.familyName) && isText(s.updatedAt) &&
    (s.displayName === undefined || isText(s.displayName)) && (s.dateOfBirth === undefined || isText(s.dateOfBirth)) &&
    Array.isArray(s.conditions) && s.conditions.every(isText) && typeof s.archived === 'boolean' &&
    Number.isInteger(s.planCount) && (s.latestScreeningOutcome === null || isText(s.latestScreeningOutcome)) &&
    (s.latestScreeningDate === null || isText(s.latestScreeningDate)) && (s.needsNewerVersion === undefined || s.needsNewerVersion === true)
}
export const indexBucketVersion = 2
type StoredBucket = { schemaVersion: 2; clients: ClientSummary[]; sortKeys: string[] }
/** Version 2 keeps each client's sort key beside the line (sortKeys[i] for clients[i]), folded when saved rather than at every start. */
export const indexBucketSchema = z.custom<StoredBucket>((v) => {
  if (typeof v !== 'object' || v === null) return false
  const { schemaVersion, clients, sortKeys } = v as Partial<Record<keyof StoredBucket, unknown>>
  return schemaVersion === indexBucketVersion && Array.isArray(clients) && Array.isArray(sortKeys) && sortKeys.length === clients.length &&
    clients.every(isStoredSummary) && sortKeys.every(isText)
}, 'Not a valid part of the client list')
export type IndexBucket = z.infer<typeof indexBucketSchema>

/** Lines in name order: opening then sorts 64 ordered runs, which the sort merges, rather than 10,000 lines in no order. */
export function indexBucketDocument(clients: ClientSummary[], keyOf: (summary: ClientSummary) => string = sortKey): IndexBucket {
  const keyed = clients.map((summary) => ({ summary, key: keyOf(summary) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { schemaVersion: indexBucketVersion, clients: keyed.map((k) => k.summary), sortKeys: keyed.map((k) => k.key) }
}

/** Version 1 had no sort keys: they are folded once, and the bucket is written again as version 2 (see ClientIndex.open). */
const indexBucketV1toV2: Migration = (doc) => ({ ...doc, sortKeys: Array.isArray(doc.clients) ? doc.clients.map((s) => (isStoredSummary(s) ? sortKey(s) : '')) : [] })

export const templatesDocumentSchema = z.object({ schemaVersion: z.literal(1), templates: z.array(templateSchema) })
export type TemplatesDocument = z.infer<typeof templatesDocumentSchema>

export const customExercisesDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  exercises: z.array(z.object({ exercise: exerciseSchema, photos: z.array(photoRefSchema) }))
})
export type CustomExercisesDocument = z.infer<typeof customExercisesDocumentSchema>

export const retentionDocumentSchema = z.object({ schemaVersion: z.literal(1), retention: retentionSchema })

const kind = <T>(schema: z.ZodType<T>, describe: (rel: string) => string, version = 1, migrations: Record<number, Migration> = {}, salvage?: DocumentKind<T>['salvage']): DocumentKind<T> => ({
  version,
  schema,
  migrations,
  describe,
  salvage
})

export const clientDocumentVersion = 3
export const clientDocumentMigrations = { 1: clientDocumentV1toV2, 2: clientDocumentV2toV3 }
export const settingsVersion = 2
export const settingsMigrations = { 1: settingsV1toV2 }

const clientOf = (rel: string) => rel.replace(/^clients\/|\.json$/g, '')

export function documentKinds(clientName: (id: string) => string | undefined) {
  return {
    client: {
      ...kind(clientDocumentSchema, (rel) => {
        const id = clientOf(rel)
        const name = clientName(id)
        return name ? `the record of ${name}` : `the record of one client (${id})`
      }, clientDocumentVersion, clientDocumentMigrations, clientSalvage(clientDocumentSchema, clientDocumentVersion, clientDocumentMigrations)),
      clientOf
    },
    indexBucket: kind(indexBucketSchema, () => 'part of the client list', indexBucketVersion, { 1: indexBucketV1toV2 }),
    templates: kind(templatesDocumentSchema, () => 'your templates'),
    customExercises: kind(customExercisesDocumentSchema, () => 'your own exercises'),
    settings: kind(settingsSchema, () => 'your settings', settingsVersion, settingsMigrations),
    retention: kind(retentionDocumentSchema, () => 'your backup retention settings')
  }
}
export type DocumentKinds = ReturnType<typeof documentKinds>
