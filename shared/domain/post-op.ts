import { z } from 'zod'
import { isoDateSchema } from './common'
import { conditionIdSchema } from './condition'

export const operatedSides = ['left', 'right', 'both'] as const

/** The operation (or injury treated to a protocol) behind a time-bound condition such as tkr_early. */
export const operationSchema = z.object({
  condition: conditionIdSchema,
  date: isoDateSchema,
  side: z.enum(operatedSides, { error: 'Side must be left, right or both' })
})
export type Operation = z.infer<typeof operationSchema>

export const weightBearingStatuses = ['non-weight-bearing', 'touch-weight-bearing', 'partial-weight-bearing', 'as-tolerated'] as const
export type WeightBearingStatus = (typeof weightBearingStatuses)[number]

/**
 * A surgeon-set restriction the checks understand, beside the free text. Each names the condition
 * it belongs to, so a warning it raises can be acknowledged like the condition's own.
 */
export const restrictionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('hip-flexion-limit'), condition: conditionIdSchema,
    degrees: z.number({ error: 'Give the limit in degrees' }).int().min(30, 'A hip flexion limit is between 30° and 120°').max(120, 'A hip flexion limit is between 30° and 120°')
  }),
  z.object({ kind: z.literal('no-active-shoulder-elevation'), condition: conditionIdSchema }),
  z.object({ kind: z.literal('weight-bearing'), condition: conditionIdSchema, status: z.enum(weightBearingStatuses) })
])
export type Restriction = z.infer<typeof restrictionSchema>
