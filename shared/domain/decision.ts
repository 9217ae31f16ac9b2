import { z } from 'zod'
import { idSchema, isoDateSchema, isoDateTimeSchema } from './common'

/** Why a handout is held until the clinician records a decision (issue 10, export gate). */
export const holdReasons = ['missing', 'emergency', 'urgent', 'incomplete', 'due'] as const
export const holdReasonSchema = z.enum(holdReasons)
export type HoldReason = z.infer<typeof holdReasonSchema>

const text = (max: number, message: string) => z.string().trim().min(2, message).max(max)

/** What the clinician decided: referred (where, when), cleared by a doctor, or proceeding with a written reason. */
export const decisionChoiceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('referred'),
    to: text(200, 'Say where the client was referred'),
    on: isoDateSchema
  }).strict(),
  z.object({
    kind: z.literal('cleared'),
    by: text(200, 'Name the doctor who cleared the client')
  }).strict(),
  z.object({
    kind: z.literal('proceeding'),
    reason: text(1000, 'Write why the plan goes ahead').refine((r) => r.trim().length >= 10, 'Write why the plan goes ahead (at least 10 characters)')
  }).strict()
])
export type DecisionChoice = z.infer<typeof decisionChoiceSchema>

/**
 * A clinical decision stored on the client's record: the choice, the day it was made, the
 * screening it answers (null when there was none) and the hold it released.
 */
export const clinicalDecisionSchema = z.object({
  id: idSchema,
  choice: decisionChoiceSchema,
  date: isoDateSchema,
  screeningId: idSchema.nullable(),
  answers: holdReasonSchema,
  createdAt: isoDateTimeSchema
})
export type ClinicalDecision = z.infer<typeof clinicalDecisionSchema>
