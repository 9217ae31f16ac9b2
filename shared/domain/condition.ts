import { z } from 'zod'
import { bodyAreaSchema } from './body-area'
import { sourcesSchema } from './common'

/** Conditions that change what is safe (clinical reference, section 2; regions reference, section 2). */
const backCareConditionIds = [
  'pregnancy_t1', 'pregnancy_t2plus', 'postpartum_diastasis', 'osteoporosis', 'vertebral_fracture_hx',
  'spondylolisthesis', 'lumbar_stenosis', 'radiculopathy_acute', 'dp_extension', 'dp_flexion',
  'spinal_surgery_recent', 'thr_posterior', 'thr_anterior', 'knee_pathology', 'shoulder_wrist_pathology',
  'glaucoma_retinal', 'hypertension_uncontrolled', 'cervical_radic_myelopathy', 'balance_falls_risk',
  'pelvic_girdle_pain'
] as const

/** Whole body (issue 15). Never rename a shipped key: clients reference them. */
export const regionalConditionIds = [
  'tkr_early', 'rcr_protected', 'tsa_anatomic', 'tsa_reverse', 'aclr_early', 'achilles_rupture',
  'ankle_fracture_fixed', 'knee_oa', 'hip_oa', 'frozen_shoulder', 'lateral_elbow_tendinopathy',
  'patellofemoral_pain', 'shoulder_instability', 'whiplash_wad', 'hypermobility', 'peripheral_neuropathy',
  'achilles_insertional'
] as const

export const conditionIds = [...backCareConditionIds, ...regionalConditionIds] as const

/**
 * The back-care reference names graded alternatives (plank → incline plank) that may themselves be
 * cautions; the whole-body rules never suggest an alternative flagged at the same or a higher level.
 */
export function allowsGradedAlternative(condition: (typeof conditionIds)[number]): boolean {
  return (backCareConditionIds as readonly string[]).includes(condition)
}

export const conditionIdSchema = z.enum(conditionIds, {
  error: (issue) => `Unknown condition "${String(issue.input)}"`
})
export type ConditionId = z.infer<typeof conditionIdSchema>

export const conditionSchema = z.object({
  id: conditionIdSchema,
  name: z.string().min(2),
  /** One sentence for the clinician, shown as a tooltip on the condition chip. */
  explanation: z.string().min(10),
  sources: sourcesSchema,
  /** Conditions whose rules also apply (a knee replacement is also knee pathology). Applied, never shown as chosen. */
  implies: z.array(conditionIdSchema).default([]),
  /** Conditions worth offering to the clinician when this one is chosen; never added by themselves. */
  suggests: z.array(conditionIdSchema).default([]),
  /** Body areas the condition concerns: picks the regional red-flag questions. */
  areas: z.array(bodyAreaSchema).default([]),
  /**
   * Time-bound after an operation (or an injury treated to a protocol): the client records the date
   * and side; the app shows "week N" and asks for a review after this many weeks. It never clears itself.
   */
  postOperative: z.object({ protocolWeeks: z.number().int().min(1).max(104) }).optional()
})
export type Condition = z.infer<typeof conditionSchema>
