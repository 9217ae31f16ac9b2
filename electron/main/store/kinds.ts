import { z } from 'zod'
import { clientSchema } from '../../../shared/domain/client'
import { exerciseSchema } from '../../../shared/domain/exercise'
import { planSchema } from '../../../shared/domain/plan'
import { screeningSchema } from '../../../shared/domain/screening'
import { settingsSchema } from '../../../shared/domain/settings'
import { templateSchema } from '../../../shared/domain/template'
import { clientSummarySchema, photoRefSchema } from '../../../shared/ipc/store-types'
import type { DocumentKind } from './document-kind'

/**
 * One document per client: the client, their screenings and their plans. The clinician's
 * decisions on warnings ("keep, with reason") are recorded on the plan items, so they live here too.
 */
export const clientDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  client: clientSchema,
  screenings: z.array(screeningSchema),
  plans: z.array(planSchema)
})
export type ClientDocument = z.infer<typeof clientDocumentSchema>

export const indexBucketSchema = z.object({ schemaVersion: z.literal(1), clients: z.array(clientSummarySchema) })
export type IndexBucket = z.infer<typeof indexBucketSchema>

export const templatesDocumentSchema = z.object({ schemaVersion: z.literal(1), templates: z.array(templateSchema) })
export type TemplatesDocument = z.infer<typeof templatesDocumentSchema>

export const customExercisesDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  exercises: z.array(z.object({ exercise: exerciseSchema, photos: z.array(photoRefSchema) }))
})
export type CustomExercisesDocument = z.infer<typeof customExercisesDocumentSchema>

const kind = <T>(schema: z.ZodType<T>, describe: (rel: string) => string): DocumentKind<T> => ({
  version: 1,
  schema,
  migrations: {},
  describe
})

export function documentKinds(clientName: (id: string) => string | undefined) {
  return {
    client: kind(clientDocumentSchema, (rel) => {
      const id = rel.replace(/^clients\/|\.json$/g, '')
      const name = clientName(id)
      return name ? `the record of ${name}` : `the record of one client (${id})`
    }),
    indexBucket: kind(indexBucketSchema, () => 'part of the client list'),
    templates: kind(templatesDocumentSchema, () => 'your templates'),
    customExercises: kind(customExercisesDocumentSchema, () => 'your own exercises'),
    settings: kind(settingsSchema, () => 'your settings')
  }
}
export type DocumentKinds = ReturnType<typeof documentKinds>
