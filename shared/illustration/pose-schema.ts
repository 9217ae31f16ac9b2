import { z } from 'zod'
import { ARM_RANGES, LEG_RANGES, SPINE_RANGES } from './joint-ranges'
import { armExtraShape, closeUpPointSchema, closeUpSchema, extraPropSchemas, legExtraShape } from './pose-schema-extra'

type Range = readonly [number, number]

const angle = ([min, max]: Range) => z.number().min(min).max(max).optional()

const spineJoint = (r: { flex: Range; side: Range; rot: Range }) =>
  z.strictObject({ flex: angle(r.flex), side: angle(r.side), rot: angle(r.rot) }).optional()

const leg = z.strictObject({
  hipFlex: angle(LEG_RANGES.hipFlex),
  hipAbd: angle(LEG_RANGES.hipAbd),
  hipRot: angle(LEG_RANGES.hipRot),
  knee: angle(LEG_RANGES.knee),
  ankle: angle(LEG_RANGES.ankle),
  ...legExtraShape
})

const arm = z.strictObject({
  shoulderFlex: angle(ARM_RANGES.shoulderFlex),
  shoulderAbd: angle(ARM_RANGES.shoulderAbd),
  shoulderRot: angle(ARM_RANGES.shoulderRot),
  elbow: angle(ARM_RANGES.elbow),
  wrist: angle(ARM_RANGES.wrist),
  ...armExtraShape
})

const turn = z.number().min(-180).max(180).optional()

export const LANDMARKS = [
  'head', 'chest', 'pelvis', 'leftHand', 'rightHand', 'leftElbow', 'rightElbow',
  'leftKnee', 'rightKnee', 'leftFoot', 'rightFoot', 'leftShin', 'rightShin', 'leftToe', 'rightToe', 'leftHeel', 'rightHeel'
] as const
export const landmarkSchema = z.enum(LANDMARKS)

/** One key frame: the pelvis' orientation in the room, then every joint angle (0 when omitted). */
export const frameSchema = z.strictObject({
  /** tilt: the pelvis dropped on one side, seen from the front (+ drops the right side). */
  pelvis: z.strictObject({ pitch: turn, roll: turn, yaw: turn, tilt: z.number().min(-30).max(30).optional() }),
  lumbar: spineJoint(SPINE_RANGES.lumbar),
  thoracic: spineJoint(SPINE_RANGES.thoracic),
  neck: spineJoint(SPINE_RANGES.neck),
  head: spineJoint(SPINE_RANGES.head),
  legs: leg.optional(),
  leftLeg: leg.optional(),
  rightLeg: leg.optional(),
  arms: arm.optional(),
  leftArm: arm.optional(),
  rightArm: arm.optional(),
  /** Body parts that rest on the floor in this frame (checked by the tests). */
  contacts: z.array(landmarkSchema).optional()
})

const size = z.number().min(1).max(60)

export const propSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('mat') }),
  z.strictObject({ kind: z.enum(['cushion', 'bolster', 'block', 'ball']), under: landmarkSchema, width: size.optional() }),
  z.strictObject({ kind: z.literal('cushion-between'), a: landmarkSchema, b: landmarkSchema }),
  z.strictObject({ kind: z.literal('chair'), seatUnder: landmarkSchema.optional(), backAt: landmarkSchema.optional(), facing: z.enum(['left', 'right']) }),
  z.strictObject({ kind: z.enum(['wall', 'counter']), side: z.enum(['left', 'right', 'behind']), gap: z.number().min(0).max(40).optional() }),
  z.strictObject({ kind: z.literal('strap'), from: landmarkSchema, to: landmarkSchema }),
  ...extraPropSchemas(landmarkSchema)
])

export const cameraSchema = z.strictObject({
  /** Turn of the viewer around the vertical: 0 looks at the figure's right side, -90 at its front. */
  yaw: z.number().min(-180).max(180),
  /** 0 is eye level, 90 looks straight down. */
  elevation: z.number().min(0).max(90)
})

export const arrowSchema = z.strictObject({
  /** A body landmark; in a close-up, a point of the hand or foot. */
  at: z.union([landmarkSchema, closeUpPointSchema]),
  /** Sideways bulge of the curved arrow, as a fraction of its length (+ bulges left of travel). */
  bend: z.number().min(-1).max(1).optional(),
  /** Shift of the whole arrow in drawing units, to keep it clear of the body. */
  shift: z.tuple([z.number().min(-40).max(40), z.number().min(-40).max(40)]).optional(),
  /** Travel to draw when the landmark itself barely moves (a tilt that turns the pelvis in place). */
  along: z.tuple([z.number().min(-40).max(40), z.number().min(-40).max(40)]).optional()
})

export const poseSchema = z.strictObject({
  camera: z.union([z.enum(['side', 'front', 'top']), cameraSchema]),
  props: z.array(propSchema),
  /** One frame for a held position; [start, end] for a movement. */
  frames: z.union([z.tuple([frameSchema]), z.tuple([frameSchema, frameSchema])]),
  arrow: arrowSchema.optional(),
  /** Further directions drawn round the end position (each with `along`), e.g. the four of a band exercise. */
  arrows: z.array(arrowSchema.required({ along: true })).max(4).optional(),
  closeUp: closeUpSchema.optional()
}).superRefine((pose, ctx) => {
  if (pose.frames.length === 2 && !pose.arrow) ctx.addIssue({ code: 'custom', message: 'a movement (two frames) needs an arrow' })
  const closeUpOnly = closeUpPointSchema.options as readonly string[]
  for (const a of [pose.arrow, ...(pose.arrows ?? [])]) {
    if (a && closeUpOnly.includes(a.at) !== Boolean(pose.closeUp)) ctx.addIssue({ code: 'custom', message: `arrow at "${a.at}" does not fit ${pose.closeUp ? 'a close-up' : 'a whole figure'}` })
  }
})

export const poseIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
export const poseLibrarySchema = z.record(poseIdSchema, poseSchema)

export type Frame = z.infer<typeof frameSchema>
export type Prop = z.infer<typeof propSchema>
export type Pose = z.infer<typeof poseSchema>
export type Camera = z.infer<typeof cameraSchema>
export type Landmark = z.infer<typeof landmarkSchema>
export type PoseLibrary = z.infer<typeof poseLibrarySchema>
