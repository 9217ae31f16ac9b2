import { apply, chain, rotX, rotY, type Mat3, type Vec3 } from './math3d'
import type { Body, Capsule } from './skeleton'
import type { Camera, Landmark, Pose } from './pose-schema'

/** 2D drawing model, in unscaled figure units with y pointing down (SVG convention). */
export interface Pt { x: number; y: number }
export interface Disc { a: Pt; b: Pt; r: number }
export type Tone = 'near' | 'far' | 'ghost' | 'ghostFar' | 'prop'
export interface Blob { tone: Tone; depth: number; discs: Disc[] }
/** depthOf: each landmark's own depth; limbDepth: the depth a landmark's whole limb is painted at. */
export interface ProjectedFrame { blobs: Blob[]; landmarks: Record<Landmark, Disc>; depthOf: Record<Landmark, number>; limbDepth: (at: Landmark) => number }

export const MAT_THICKNESS = 1.6
/** The face reads best when the head is drawn over a near arm lying beside it. */
const HEAD_DEPTH_BIAS = 12
const NAMED_CAMERAS: Record<'side' | 'front' | 'top', Camera> = {
  side: { yaw: 0, elevation: 0 },
  front: { yaw: -90, elevation: 0 },
  top: { yaw: 0, elevation: 90 }
}

export function resolveCamera(camera: Pose['camera']): Camera {
  return typeof camera === 'string' ? NAMED_CAMERAS[camera] : camera
}

/** The floor is a line only at eye level; from above it is shown by the mat. */
export function showsFloorLine(camera: Camera): boolean {
  return camera.elevation === 0
}

export function viewMatrix(camera: Camera): Mat3 {
  return chain(rotX(camera.elevation), rotY(camera.yaw))
}

/** Height of the body's lowest surface, so the figure can be set down on the floor. */
export function lowestPoint(body: Body): number {
  const all = [...body.chains.flatMap((c) => c.capsules), { a: body.head.center, b: body.head.center, r: body.head.r }]
  return Math.min(...all.map((c) => Math.min(c.a[1], c.b[1]) - c.r))
}

/** A step's height when it is drawn without one. */
export const STEP_HEIGHT = 8
/** A bed's height when it is drawn without one. */
export const BED_HEIGHT = 26

/** The parts a bed carries: trunk, head and thighs (the lower legs may hang past its end). */
function lowestOnBed(body: Body): number {
  const carried = [
    ...body.chains.filter((c) => c.name === 'torso').flatMap((c) => c.capsules),
    ...body.chains.filter((c) => c.name.endsWith('Leg')).map((c) => c.capsules[0]!),
    { a: body.head.center, b: body.head.center, r: body.head.r }
  ]
  return Math.min(...carried.map((c) => Math.min(c.a[1], c.b[1]) - c.r))
}

/** Height of the surface a pose's contacts rest on: a bed's top, a stood-on step's top, or the floor. */
export function surfaceHeight(pose: Pick<Pose, 'props'>): number {
  const bed = pose.props.find((p) => p.kind === 'bed')
  if (bed?.kind === 'bed') return bed.height ?? BED_HEIGHT
  const stand = pose.props.find((p) => p.kind === 'step' && p.stand)
  return stand?.kind === 'step' ? stand.height ?? STEP_HEIGHT : 0
}

/**
 * How far to raise a body so it rests where the pose puts it: its lowest point on the floor, or,
 * standing on a step, the foot on the step's top (the rest of the body may hang below it).
 */
export function restingLift(body: Body, pose: Pick<Pose, 'props'>): number {
  const bed = pose.props.find((p) => p.kind === 'bed')
  if (bed?.kind === 'bed') return (bed.height ?? BED_HEIGHT) - lowestOnBed(body)
  const stand = pose.props.find((p) => p.kind === 'step' && p.stand)
  if (stand?.kind !== 'step') return -lowestPoint(body)
  const foot = body.landmarks[stand.under]
  return (stand.height ?? STEP_HEIGHT) - (Math.min(foot.a[1], foot.b[1]) - foot.r)
}

/** The chain a landmark belongs to: a knee or foot to its leg, a hand or elbow to its arm, the rest to the torso. */
function limbOf(at: Landmark): string {
  const side = /^(left|right)/.exec(at)?.[1]
  if (!side) return 'torso'
  return /Hand|Elbow/.test(at) ? `${side}Arm` : `${side}Leg`
}

export function projectFrame(body: Body, view: Mat3, lift: number, ghost: boolean): ProjectedFrame {
  const project = (p: Vec3): { pt: Pt; depth: number } => {
    const v = apply(view, [p[0], p[1] + lift, p[2]])
    return { pt: { x: v[0], y: -v[1] }, depth: v[2] }
  }
  const disc = (c: Capsule): Disc => ({ a: project(c.a).pt, b: project(c.b).pt, r: c.r })
  const meanDepth = (cs: Capsule[]) => cs.reduce((s, c) => s + project(c.a).depth + project(c.b).depth, 0) / (2 * cs.length)
  const depths = new Map(body.chains.map((c) => [c.name, meanDepth(c.capsules)]))
  const twin = (name: string) => name.startsWith('left') ? name.replace('left', 'right') : name.replace('right', 'left')
  const isFar = (name: string) => (depths.get(name) ?? 0) < (depths.get(twin(name)) ?? 0) - 3
  const blobs: Blob[] = body.chains.map((c) => ({
    tone: isFar(c.name) ? (ghost ? 'ghostFar' : 'far') : ghost ? 'ghost' : 'near',
    depth: depths.get(c.name) ?? 0,
    discs: c.capsules.map(disc)
  }))
  const head = body.head
  const c = head.center
  const n = head.nose
  const noseStart: Vec3 = [c[0] * 0.4 + n[0] * 0.6, c[1] * 0.4 + n[1] * 0.6, c[2] * 0.4 + n[2] * 0.6]
  blobs.push({
    tone: ghost ? 'ghost' : 'near',
    depth: project(head.center).depth + HEAD_DEPTH_BIAS,
    discs: [disc({ a: head.center, b: head.center, r: head.r }), disc({ a: noseStart, b: head.nose, r: 1.3 })]
  })
  const entries = Object.entries(body.landmarks) as [Landmark, Capsule][]
  return {
    blobs,
    landmarks: Object.fromEntries(entries.map(([k, c]) => [k, disc(c)])) as Record<Landmark, Disc>,
    depthOf: Object.fromEntries(entries.map(([k, c]) => [k, (project(c.a).depth + project(c.b).depth) / 2])) as Record<Landmark, number>,
    limbDepth: (at) => depths.get(limbOf(at)) ?? (project(body.landmarks[at].a).depth + project(body.landmarks[at].b).depth) / 2
  }
}
