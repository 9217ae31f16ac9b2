import { z } from 'zod'
import { bodyAreaSchema } from './body-area'
import { idSchema } from './common'
import { dosageSchema } from './dosage'

export const templateItemSchema = z.object({
  exerciseId: idSchema,
  dosage: dosageSchema,
  patientNote: z.string().max(500)
})
export type TemplateItem = z.infer<typeof templateItemSchema>

export const templateSchema = z.object({
  id: idSchema,
  schemaVersion: z.literal(1),
  title: z.string().trim().min(1).max(120),
  description: z.string().max(500),
  goals: z.array(z.string().trim().min(1).max(200)).max(10),
  /** Shipped with the app (read-only) or made by the clinician. */
  builtIn: z.boolean(),
  /** The body area the gallery files it under; when absent it is worked out from the exercises. */
  area: bodyAreaSchema.optional(),
  /** Patient-facing advice printed with the routine ("Ice and raise the leg if it swells"). */
  advice: z.array(z.string().trim().min(3).max(220)).max(8).optional(),
  /** The clinician's own labels for finding a template again ("post-op", "runners"). */
  tags: z.array(z.string().trim().min(1, 'A tag cannot be empty').max(30, 'Keep a tag under 30 characters')).max(10, 'Use at most 10 tags').optional(),
  items: z.array(templateItemSchema).min(1, 'A template needs at least one exercise')
})
export type Template = z.infer<typeof templateSchema>
