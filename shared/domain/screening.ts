import { z } from 'zod'
import { idSchema, isoDateSchema, isoDateTimeSchema, sourcesSchema } from './common'
import { bodyAreaSchema } from './body-area'
import { pathologyGroupSchema, redFlagIdSchema } from './red-flag'

export const answerSchema = z.enum(['yes', 'no', 'unknown'], { error: 'Answer must be yes, no or unknown' })
export type Answer = z.infer<typeof answerSchema>

export const spaAnswersSchema = z.object({
  /** Back pain began before 45 and has lasted more than 3 months. */
  gate: answerSchema,
  features: z.record(idSchema, answerSchema)
})
export type SpaAnswers = z.infer<typeof spaAnswersSchema>

export const screenAnswersSchema = z.object({
  flags: z.partialRecord(redFlagIdSchema, answerSchema),
  spa: spaAnswersSchema.optional()
})
export type ScreenAnswers = z.infer<typeof screenAnswersSchema>

/** incomplete: nothing urgent found, but questions that could reach urgent or emergency are still open. */
export const outcomes = ['emergency', 'urgent', 'routine', 'clear', 'incomplete'] as const
export const outcomeSchema = z.enum(outcomes)
export type Outcome = z.infer<typeof outcomeSchema>

export const findingSchema = z.object({
  group: z.union([pathologyGroupSchema, z.literal('spondyloarthritis')]),
  /** monitor: shown to the clinician without changing the outcome. */
  level: z.enum(['emergency', 'urgent', 'routine', 'monitor']),
  flagIds: z.array(z.string()),
  reason: z.string(),
  action: z.string(),
  sources: sourcesSchema
})
export type Finding = z.infer<typeof findingSchema>

export const screenResultSchema = z.object({
  outcome: outcomeSchema,
  findings: z.array(findingSchema),
  age: z.number().int().nullable(),
  /** Age questions the clinician left unanswered, pre-filled from the date of birth as a suggestion. */
  derivedFlags: z.array(redFlagIdSchema),
  unanswered: z.array(redFlagIdSchema),
  /**
   * The problem areas screened (and those after an operation), as worked out from the client's
   * record on the day. Screenings saved before issue 15 asked the back questions only.
   */
  scope: z.object({ areas: z.array(bodyAreaSchema), afterSurgery: z.array(bodyAreaSchema), assumed: z.boolean() }).optional(),
  spa: z.object({
    gate: answerSchema,
    featureCount: z.number().int().min(0),
    features: z.array(idSchema),
    recommendation: z.enum(['refer', 'consider_hla_b27', 'none'])
  })
})
export type ScreenResult = z.infer<typeof screenResultSchema>

export const screeningSchema = z.object({
  id: idSchema,
  schemaVersion: z.literal(1),
  clientId: idSchema,
  date: isoDateSchema,
  answers: screenAnswersSchema,
  /** The result as computed on the day, kept even if the rules change later. */
  outcome: screenResultSchema,
  clinicianNote: z.string().max(2000),
  createdAt: isoDateTimeSchema
})
export type Screening = z.infer<typeof screeningSchema>
