import { z } from 'zod'
import { idSchema, isoDateSchema, isoDateTimeSchema } from './common'
import { conditionIdSchema } from './condition'
import { dosageSchema } from './dosage'

/** "Keep, with reason": the clinician saw a warning and decided to keep the exercise. */
export const acknowledgedWarningSchema = z.object({
  condition: conditionIdSchema,
  reason: z.string().trim().min(3, 'Say why the exercise is kept').max(500),
  date: isoDateSchema
})
export type AcknowledgedWarning = z.infer<typeof acknowledgedWarningSchema>

export const planItemSchema = z.object({
  id: idSchema,
  exerciseId: idSchema,
  dosage: dosageSchema,
  /** Printed on the handout. */
  patientNote: z.string().max(500),
  /** Never printed. */
  clinicianNote: z.string().max(2000),
  /** Set when the clinician swapped to the safer version: the exercise it replaced. */
  swappedFrom: idSchema.optional(),
  acknowledgedWarnings: z.array(acknowledgedWarningSchema)
})
export type PlanItem = z.infer<typeof planItemSchema>

export const planStatuses = ['draft', 'active', 'archived'] as const

export const planSchema = z.object({
  id: idSchema,
  schemaVersion: z.literal(1),
  clientId: idSchema.nullable(),
  title: z.string().trim().min(1, 'Give the plan a title').max(120),
  goals: z.array(z.string().trim().min(1, 'A goal cannot be empty').max(200, 'Keep each goal under 200 characters')).max(10, 'A plan can have at most 10 goals'),
  /** The clinician's own general advice for this patient, printed with the handout's advice. */
  advice: z.string().max(2000, 'Keep the advice under 2,000 characters').optional(),
  /** 1 for a first plan; a plan duplicated as the next phase counts on from its source. */
  phase: z.number().int().min(1).max(50).optional(),
  /** The plan this one was duplicated from as its next phase. */
  previousPlanId: idSchema.optional(),
  items: z.array(planItemSchema).max(60, 'A plan can hold at most 60 exercises'),
  status: z.enum(planStatuses),
  /** The day its handout was last saved or printed: the plan has been given to the patient. Set by main only. */
  givenToPatientOn: isoDateSchema.optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema
})
export type Plan = z.infer<typeof planSchema>
