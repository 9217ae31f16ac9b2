import { z } from 'zod'
import { ARM_EXTRA_RANGES, HAND_SHAPES, LEG_EXTRA_RANGES } from './joint-ranges-extra'

type Range = readonly [number, number]
const angle = ([min, max]: Range) => z.number().min(min).max(max).optional()

/** Extra arm joints, spread into the arm schema (shoulder blade, forearm turn, wrist tilt, hand shape). */
export const armExtraShape = {
  scapElev: angle(ARM_EXTRA_RANGES.scapElev),
  scapProt: angle(ARM_EXTRA_RANGES.scapProt),
  forearmRot: angle(ARM_EXTRA_RANGES.forearmRot),
  wristDev: angle(ARM_EXTRA_RANGES.wristDev),
  horizAdd: angle(ARM_EXTRA_RANGES.horizAdd),
  hand: z.enum(HAND_SHAPES).optional()
}

/** Extra leg joints, spread into the leg schema (ankle in/out, toes). */
export const legExtraShape = {
  ankleInv: angle(LEG_EXTRA_RANGES.ankleInv),
  toes: angle(LEG_EXTRA_RANGES.toes),
  toeSpread: angle(LEG_EXTRA_RANGES.toeSpread),
  archLift: angle(LEG_EXTRA_RANGES.archLift)
}

/**
 * Props of the whole-body library. `landmark` is passed in (not imported) so this file does not
 * import pose-schema.ts, which imports it.
 */
export function extraPropSchemas<L extends z.ZodType<string>>(landmark: L) {
  return [
    /** An exercise band from a hand or foot to a fixed anchor (door, foot) or to the other hand/foot. */
    z.strictObject({ kind: z.literal('band'), from: landmark, to: landmark.optional(), anchor: z.enum(['door', 'floor', 'behind']).optional() }),
    /**
     * A stair or low step under a foot. `stand`: the figure stands on it, that foot on its top in
     * every frame, so the other leg or a heel can go lower than the step (hip hitch, heel drops).
     */
    z.strictObject({ kind: z.literal('step'), under: landmark, height: z.number().min(4).max(25).optional(), stand: z.literal(true).optional() }),
    /** A hand weight (in a hand) or an ankle weight (on a shin or foot). */
    z.strictObject({ kind: z.literal('weight'), at: landmark }),
    /** A table under the hands or forearms, on the figure's left or right. */
    z.strictObject({ kind: z.literal('table'), under: landmark, side: z.enum(['left', 'right']) }),
    /** A stick (broom handle) held between two parts, usually both hands. */
    z.strictObject({ kind: z.literal('stick'), from: landmark, to: landmark }),
    /** Something squeezed in a hand: a soft ball or putty. */
    z.strictObject({ kind: z.literal('squeeze'), item: z.enum(['ball', 'putty']), at: landmark }),
    /**
     * A bed seen from the side, the figure lying on it: its mattress carries the body up to `edge`
     * (a knee: the lower legs hang past the end), at `height` above the floor.
     */
    z.strictObject({ kind: z.literal('bed'), edge: landmark, height: z.number().min(10).max(40).optional() }),
    /** A towel flat on the floor under a foot (close-ups). */
    z.strictObject({ kind: z.literal('towel'), under: landmark })
  ] as const
}

/** Close-ups draw one hand or one foot large instead of the whole figure (the right one). */
export const closeUpSchema = z.enum(['hand', 'foot'])

/** Points of a close-up an arrow can start from. */
export const CLOSE_UP_POINTS = ['thumbTip', 'indexTip', 'middleTip', 'littleTip', 'bigToe', 'ball', 'heel', 'arch'] as const
export const closeUpPointSchema = z.enum(CLOSE_UP_POINTS)
export type CloseUpPoint = z.infer<typeof closeUpPointSchema>
