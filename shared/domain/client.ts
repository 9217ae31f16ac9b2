import { z } from 'zod'
import { bodyAreaSchema } from './body-area'
import { ageOn, clientDisplayName } from './client-display'
import { idSchema, isoDateSchema, isoDateTimeSchema, localDay } from './common'
import { conditionIdSchema } from './condition'
import { operationSchema, restrictionSchema } from './post-op'

export { ageOn, clientDisplayName }

export const sexes = ['female', 'male', 'other', 'unstated'] as const

/** The oldest age a date of birth may give (issue 10: "-73 years" and 2999 were accepted). */
export const maxAgeYears = 120
export const dateOfBirthMessage = `Date of birth must be today or earlier, and no more than ${maxAgeYears} years ago`

/** True when the date of birth is not in the future and at most 120 years before `today`. */
export function isPlausibleDateOfBirth(dateOfBirth: string, today: string = localDay(new Date())): boolean {
  return dateOfBirth <= today && ageOn(dateOfBirth, today) <= maxAgeYears
}

/** A real calendar day, in the past, at most 120 years ago: one rule for the UI, CLI, import and handout. */
export const dateOfBirthSchema = isoDateSchema.refine((d) => isPlausibleDateOfBirth(d), dateOfBirthMessage)

export const clientSchema = z
  .object({
    id: idSchema,
    schemaVersion: z.literal(1),
    givenName: z.string().trim().max(100),
    familyName: z.string().trim().max(100),
    /** Optional preferred name shown instead of given + family name. */
    displayName: z.string().trim().max(200).optional(),
    dateOfBirth: dateOfBirthSchema.optional(),
    sex: z.enum(sexes).optional(),
    conditions: z.array(conditionIdSchema).refine((ids) => new Set(ids).size === ids.length, 'A condition is listed twice'),
    /**
     * Where the client's problem is (neck, knee…), as the clinician records it; the areas of the
     * client's conditions are added to these. Picks the red-flag questions and the handout's
     * "stop and seek help" signs.
     */
    problemAreas: z.array(bodyAreaSchema).max(8).refine((a) => new Set(a).size === a.length, 'An area is listed twice').optional(),
    /** Free text from the surgeon, e.g. hip precautions after replacement; they vary by surgeon. */
    surgeonRestrictions: z.string().max(2000),
    /** Date and side of each time-bound condition (shown as "week N"; reviewed, never cleared by itself). */
    operations: z.array(operationSchema).max(20).optional(),
    /** Structured surgeon-set restrictions the plan checks understand. */
    restrictions: z.array(restrictionSchema).max(20).optional(),
    notes: z.string().max(10000),
    archived: z.boolean(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema
  })
  .refine((c) => [c.givenName, c.familyName, c.displayName ?? ''].some((n) => n.trim() !== ''), {
    message: 'Give the client a name',
    path: ['givenName']
  })
export type Client = z.infer<typeof clientSchema>

