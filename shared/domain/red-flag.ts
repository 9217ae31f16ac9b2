import { z } from 'zod'
import { bodyAreaSchema } from './body-area'
import { idSchema, sourcesSchema } from './common'

export const redFlagIds = [
  'ces_bladder', 'ces_bowel', 'ces_saddle', 'ces_sexual', 'ces_bilateral', 'neuro_progressive', 'cord_signs',
  'ca_history', 'weight_loss', 'age_onset', 'no_improvement_1m', 'rest_night_pain', 'thoracic_pain',
  'severe_worsening_pain', 'trauma_major', 'trauma_minor_op', 'steroids_long', 'age_older',
  'deformity_height', 'fever_unwell', 'immunosuppressed', 'ivdu', 'recent_infection_procedure',
  'aaa_risk', 'aaa_pain', 'aaa_male_over_60', 'aaa_acute',
  // Whole body (issue 15): asked for the client's problem areas only.
  'cad_posterior_signs', 'cad_sudden_headache', 'cad_anterior_signs', 'cad_risk_factors', 'myelopathy_cluster',
  'neck_progressive_weakness', 'ccr_imaging', 'hot_swollen_joint', 'sh_dislocated_now', 'sh_cardiac',
  'dvt_signs', 'pe_signs', 'wound_infection', 'compartment_syndrome', 'implant_dislocation',
  'injury_last_10_days', 'ottawa_knee', 'ottawa_ankle', 'ottawa_foot', 'hip_fracture',
  'fall_head_anticoag', 'fall_new_confusion', 'fall_blackout', 'falls_assessment_needed'
] as const
export const redFlagIdSchema = z.enum(redFlagIds, {
  error: (issue) => `Unknown red-flag id "${String(issue.input)}"`
})
export type RedFlagId = z.infer<typeof redFlagIdSchema>

export const pathologyGroups = [
  'cauda_equina', 'neurological', 'cervical_arterial', 'post_operative', 'joint_infection', 'limb_injury',
  'cardiac', 'falls_medical', 'malignancy', 'fracture', 'infection', 'vascular'
] as const
export const pathologyGroupSchema = z.enum(pathologyGroups)
export type PathologyGroup = z.infer<typeof pathologyGroupSchema>

export const urgencies = ['emergency', 'urgent', 'routine'] as const
export const urgencySchema = z.enum(urgencies)
export type Urgency = z.infer<typeof urgencySchema>

/** Any one alternative matching makes the flag true; used so age is never asked twice. */
export const ageCriterionSchema = z.object({
  ageAtLeast: z.number().int().min(0).optional(),
  ageBelow: z.number().int().min(1).optional(),
  sex: z.enum(['female', 'male']).optional()
})
export type AgeCriterion = z.infer<typeof ageCriterionSchema>

export const escalationSchema = z.object({
  withAny: z.array(redFlagIdSchema).min(1),
  outcome: urgencySchema,
  reason: z.string().min(10)
})

export const redFlagSchema = z.object({
  id: redFlagIdSchema,
  /** Short name shown in findings, e.g. "Saddle numbness". */
  label: z.string().min(3).max(60),
  group: pathologyGroupSchema,
  /** Clinician's question, asked in the screening form. */
  question: z.string().min(10),
  /**
   * single: this item alone sets the outcome; combination: counts with others of its group;
   * context: never a finding on its own, only raises another flag through that flag's escalations
   * (e.g. "injury in the last 10 days" makes a positive Ottawa rule a same-day emergency).
   */
  rule: z.enum(['single', 'combination', 'context']),
  outcome: urgencySchema.optional(),
  /** Recommended action when it fires, if different from the default for its outcome. */
  action: z.string().min(10).optional(),
  escalations: z.array(escalationSchema).default([]),
  derivedFromAge: z.array(ageCriterionSchema).min(1).optional(),
  /** The problem areas it is asked for; empty: asked for every client. */
  areas: z.array(bodyAreaSchema).optional(),
  /** Asked only when the client has a post-operative condition in one of `areas`. */
  afterSurgery: z.boolean().optional(),
  sources: sourcesSchema
}).refine((f) => (f.rule === 'single') === (f.outcome !== undefined), {
  message: 'A single-rule flag needs an outcome; a combination or context flag must not have one',
  path: ['outcome']
})
export type RedFlag = z.infer<typeof redFlagSchema>

export const spaFeatureSchema = z.object({
  id: idSchema,
  question: z.string().min(5),
  /** Onset before 35 is certain when the client is younger than 35 today. */
  trueWhenAgeBelow: z.number().int().optional()
})
export type SpaFeature = z.infer<typeof spaFeatureSchema>

export const spaRulesSchema = z.object({
  gateQuestion: z.string().min(10),
  features: z.array(spaFeatureSchema).min(4),
  referAtLeast: z.number().int().min(1),
  testAt: z.number().int().min(1),
  sources: sourcesSchema
})
export type SpaRules = z.infer<typeof spaRulesSchema>

export const seekHelpItemSchema = z.object({
  text: z.string().min(10),
  /** Go to an emergency department now, rather than see your doctor soon. */
  emergency: z.boolean(),
  /** Printed for these problem areas only; empty: on every handout. */
  areas: z.array(bodyAreaSchema).optional(),
  /** Printed only after an operation in one of `areas`. */
  afterSurgery: z.boolean().optional()
})
export type SeekHelpItem = z.infer<typeof seekHelpItemSchema>

export const redFlagDataSchema = z.object({
  flags: z.array(redFlagSchema),
  spa: spaRulesSchema,
  seekHelp: z.array(seekHelpItemSchema).min(5)
})
export type RedFlagData = z.infer<typeof redFlagDataSchema>
