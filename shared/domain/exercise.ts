import { z } from 'zod'
import { areasOfRegions, type BodyArea } from './body-area'
import { idSchema, sourcesSchema } from './common'
import { conditionIdSchema } from './condition'
import { dosageSchema } from './dosage'

export const regions = [
  'lower-back', 'mid-back', 'upper-back', 'neck', 'shoulders', 'chest', 'core', 'hips', 'glutes',
  'hamstrings', 'hip-flexors', 'legs', 'elbow', 'wrist-hand', 'knee', 'ankle-foot', 'balance'
] as const
export const kinds = ['stretch', 'mobility', 'strength', 'relaxation', 'balance', 'neural-mobility', 'aerobic'] as const
export const startingPositions = [
  'kneeling', 'all-fours', 'lying-on-back', 'lying-on-front', 'side-lying', 'sitting', 'standing'
] as const
export const equipmentItems = [
  'mat', 'cushion', 'bolster', 'block', 'strap', 'towel', 'chair', 'wall', 'counter',
  'band', 'weight', 'step', 'ball', 'stick', 'table', 'putty', 'flexbar'
] as const
export const levels = ['beginner', 'intermediate', 'advanced'] as const
/** Which way the spine moves; drives plan-level checks for directional preference. */
export const spinalMovements = ['flexion', 'extension', 'rotation', 'side-bend'] as const

export const regionSchema = z.enum(regions)
export const startingPositionSchema = z.enum(startingPositions)
export const spinalMovementSchema = z.enum(spinalMovements)
export type Region = z.infer<typeof regionSchema>
export type StartingPosition = z.infer<typeof startingPositionSchema>
export type SpinalMovement = z.infer<typeof spinalMovementSchema>

export const contraindicationSchema = z.object({
  condition: conditionIdSchema,
  level: z.enum(['avoid', 'caution']),
  /** Clinician-facing, short: "Hip flexion past 90° after posterior hip replacement." */
  reason: z.string().min(10).max(200),
  /** A change to the same exercise that makes it acceptable (a cue, a prop, a smaller range). */
  modification: z.string().min(5).max(200).optional(),
  alternativeId: idSchema.optional(),
  sources: sourcesSchema
})
export type Contraindication = z.infer<typeof contraindicationSchema>

export const variationSchema = z.object({
  exerciseId: idSchema,
  kind: z.enum(['regression', 'progression', 'modification']),
  when: z.string().min(5)
})
export type Variation = z.infer<typeof variationSchema>

const sentences = (label: string, min: number, max: number) =>
  z
    .array(z.string().min(3).max(220))
    .min(min, `${label}: give at least ${min}`)
    .max(max, `${label}: give at most ${max}`)

export const exerciseSchema = z.object({
  id: idSchema,
  schemaVersion: z.literal(1),
  name: z.string().min(2).max(80),
  otherNames: z.array(z.string().min(2)),
  summary: z.string().min(10).max(200),
  regions: z.array(regionSchema).min(1),
  kind: z.enum(kinds),
  startingPosition: startingPositionSchema,
  spinalMovements: z.array(spinalMovementSchema),
  equipment: z.array(z.enum(equipmentItems)),
  level: z.enum(levels),
  defaultDose: dosageSchema,
  /** Seconds one repetition takes when the exercise is moved rather than held. */
  secondsPerRep: z.number().min(1).max(30).optional(),
  steps: sentences('Steps', 3, 7),
  cues: sentences('Cues', 1, 6),
  commonMistakes: sentences('Common mistakes', 1, 6),
  safetyNotes: sentences('Safety notes', 1, 6),
  contraindications: z.array(contraindicationSchema),
  variations: z.array(variationSchema),
  poseId: idSchema,
  /**
   * What the exercise asks of the body, for structured surgeon-set restrictions. Hip flexion and arm
   * elevation are measured from the drawing; these override what the drawing or the position implies.
   */
  demands: z.object({
    weightBearing: z.enum(['none', 'partial', 'full', 'single-leg']).optional(),
    shoulderElevation: z.enum(['none', 'assisted', 'active']).optional()
  }).optional(),
  /** No drawing yet (allowed for a few close-ups): the app shows a "no drawing yet" card, never a wrong one. */
  noDrawingYet: z.literal(true).optional()
})
export type Exercise = z.infer<typeof exerciseSchema>

/** The body areas an exercise belongs to, from its region tags (an exercise can sit in two). */
export function exerciseAreas(exercise: Pick<Exercise, 'regions'>): BodyArea[] {
  return areasOfRegions(exercise.regions)
}
