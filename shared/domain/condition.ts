import { z } from 'zod'
import { sourcesSchema } from './common'

/** Conditions that change what is safe (clinical reference, section 2). */
export const conditionIds = [
  'pregnancy_t1', 'pregnancy_t2plus', 'postpartum_diastasis', 'osteoporosis', 'vertebral_fracture_hx',
  'spondylolisthesis', 'lumbar_stenosis', 'radiculopathy_acute', 'dp_extension', 'dp_flexion',
  'spinal_surgery_recent', 'thr_posterior', 'thr_anterior', 'knee_pathology', 'shoulder_wrist_pathology',
  'glaucoma_retinal', 'hypertension_uncontrolled', 'cervical_radic_myelopathy', 'balance_falls_risk',
  'pelvic_girdle_pain'
] as const

export const conditionIdSchema = z.enum(conditionIds, {
  error: (issue) => `Unknown condition "${String(issue.input)}"`
})
export type ConditionId = z.infer<typeof conditionIdSchema>

export const conditionSchema = z.object({
  id: conditionIdSchema,
  name: z.string().min(2),
  /** One sentence for the clinician, shown as a tooltip on the condition chip. */
  explanation: z.string().min(10),
  sources: sourcesSchema
})
export type Condition = z.infer<typeof conditionSchema>
