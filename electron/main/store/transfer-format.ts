import { z } from 'zod'
import { exerciseSchema } from '../../../shared/domain/exercise'
import { settingsSchema } from '../../../shared/domain/settings'
import { templateSchema } from '../../../shared/domain/template'
import { photoRefSchema } from '../../../shared/ipc/store-types'
import { upgraded } from './document-kind'
import { clientDocumentMigrations, clientDocumentSchema, clientDocumentVersion, settingsMigrations, settingsVersion } from './kinds'

/** "Export all data": one JSON file holding every document, photos inlined as base64. */
export const exportFileSchema = z.object({
  format: z.literal('physioplan-export'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  // Exports made by earlier versions are upgraded the way stored documents are.
  clients: z.array(z.preprocess((raw) => upgraded(raw, clientDocumentVersion, clientDocumentMigrations), clientDocumentSchema)),
  templates: z.array(templateSchema),
  customExercises: z.array(
    z.object({ exercise: exerciseSchema, photos: z.array(photoRefSchema.extend({ base64: z.string() })) })
  ),
  settings: z.preprocess((raw) => upgraded(raw, settingsVersion, settingsMigrations), settingsSchema.nullable()),
  logo: z.object({ file: z.string(), base64: z.string() }).nullable()
})
export type ExportFile = z.infer<typeof exportFileSchema>

/** One client record of an export, checked on its own (imports read them one at a time). */
export const exportClientSchema = exportFileSchema.shape.clients.element
/** The export without its client records (read separately; see splitExport). */
export const exportRestSchema = exportFileSchema.extend({ clients: z.array(z.unknown()).max(0) })
export type ExportRest = z.infer<typeof exportRestSchema>

/** Same content, whatever the key order: compare documents after they went through the same schema. */
export const sameContent = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)
