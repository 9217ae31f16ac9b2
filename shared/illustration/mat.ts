import { apply, type Mat3 } from './math3d'
import type { Pt } from './scene'
import type { Body } from './skeleton'

const PAD = 5
/** A trunk whose chest is less than this from the pelvis along the floor is upright. */
const UPRIGHT = 8

interface Spot { x: number; z: number; r: number }

function footprint(body: Body): Spot[] {
  const head = { a: body.head.center, b: body.head.center, r: body.head.r }
  return [...body.chains.flatMap((c) => c.capsules), head].flatMap((c) => [c.a, c.b].map((p) => ({ x: p[0], z: p[2], r: c.r })))
}

/**
 * Unit vector (x, z) of the figure's long axis on the floor: pelvis to chest, or pelvis to feet
 * when the trunk is upright (sitting, kneeling tall).
 */
function longAxis(body: Body): [number, number] {
  const p = body.landmarks.pelvis.a
  const feet = [body.landmarks.leftFoot.a, body.landmarks.rightFoot.a]
  const flat = (q: readonly number[]): [number, number] => [q[0]! - p[0], q[2]! - p[2]]
  const trunk = flat(body.landmarks.chest.a)
  const legs = flat([(feet[0]![0] + feet[1]![0]) / 2, 0, (feet[0]![2] + feet[1]![2]) / 2])
  const [dx, dz] = Math.hypot(...trunk) >= UPRIGHT ? trunk : legs
  const len = Math.hypot(dx, dz)
  return len < 1 ? [1, 0] : [dx / len, dz / len]
}

/**
 * The mat as a rectangle on the floor, seen from above or at an angle: laid along the figure's
 * long axis and just big enough to hold the figure's outline on the floor.
 */
export function matOutline(bodies: Body[], view: Mat3): Pt[] {
  const spots = bodies.flatMap(footprint)
  const [ux, uz] = longAxis(bodies[0]!)
  const range = (f: (s: Spot) => number): [number, number] =>
    [Math.min(...spots.map((s) => f(s) - s.r)) - PAD, Math.max(...spots.map((s) => f(s) + s.r)) + PAD]
  const [a0, a1] = range((s) => s.x * ux + s.z * uz)
  const [b0, b1] = range((s) => -s.x * uz + s.z * ux)
  return ([[a0, b0], [a1, b0], [a1, b1], [a0, b1]] as const).map(([a, b]) => {
    const v = apply(view, [a * ux - b * uz, 0, a * uz + b * ux])
    return { x: v[0], y: -v[1] }
  })
}
