import type { Landmark, Prop } from './pose-schema'
import { extraPropShapes } from './props-extra'
import type { Disc, ProjectedFrame, Pt } from './scene'

/** Props are drawn in the projected 2D space, fitted to the body: supports fill the gap to the floor. */
export type PropShape =
  | { type: 'rect'; x: number; y: number; w: number; h: number; rx: number; depth: number }
  | { type: 'ellipse'; cx: number; cy: number; rx: number; ry: number; depth: number }
  | { type: 'line'; points: Pt[]; depth: number }
  | { type: 'polygon'; points: Pt[]; depth: number }

export interface Bounds { minX: number; maxX: number; minY: number; maxY: number }

const UNDER = -1e6
const OVER = 1e6
const lowestY = (d: Disc) => Math.max(d.a.y, d.b.y) + d.r
const midX = (d: Disc) => (d.a.x + d.b.x) / 2
const mid = (d: Disc): Pt => ({ x: midX(d), y: (d.a.y + d.b.y) / 2 })
const rect = (x: number, y: number, w: number, h: number, rx: number, depth = UNDER): PropShape =>
  ({ type: 'rect', x: Math.min(x, x + w), y: Math.min(y, y + h), w: Math.abs(w), h: Math.abs(h), rx, depth })

/**
 * faceOn: the camera looks at the figure's front or back. matOutline: the mat's corners when the
 * camera looks down on the floor; then there is no floor line and supports are drawn from above.
 * below: the point on the floor under a body part; elevation: the camera's, in degrees.
 */
export interface PropContext {
  frame: ProjectedFrame; floorY: number; body: Bounds; faceOn: boolean; matOutline?: Pt[]
  below: (at: Landmark) => Pt; elevation: number
}

function support(kind: 'cushion' | 'bolster' | 'block' | 'ball', at: Landmark, width: number | undefined, ctx: PropContext): PropShape[] {
  const d = ctx.frame.landmarks[at]
  if (ctx.matOutline) {
    // Seen from above: a pillow or block as a rounded oblong on the floor under the part, reaching
    // up to it when the camera is tilted; a ball as a disc.
    const w = width ?? 20
    const depth = ctx.frame.depthOf[at] - 8
    const floor = ctx.below(at)
    if (kind === 'ball') return [{ type: 'ellipse', cx: floor.x, cy: floor.y, rx: w / 2, ry: w / 2, depth }]
    const tilt = (ctx.elevation * Math.PI) / 180
    const half = (w / 3) * Math.sin(tilt)
    const top = Math.min(mid(d).y + d.r * Math.cos(tilt), floor.y) - half
    return [rect(floor.x - w / 2, top, w, floor.y + half - top, kind === 'block' ? 1 : Math.min(w / 5, half), depth)]
  }
  const top = lowestY(d)
  const h = Math.max(ctx.floorY - top, 1)
  if (kind === 'ball') return [{ type: 'ellipse', cx: midX(d), cy: top + h / 2, rx: h / 2, ry: h / 2, depth: UNDER }]
  const w = width ?? { cushion: 18, bolster: 30, block: 12 }[kind]
  const rx = { cushion: Math.min(3, h / 2), bolster: h / 2, block: 1 }[kind]
  return [rect(midX(d) - w / 2, top, w, h, rx)]
}

/** A chair in profile (side views) or face on (front views); seat under a body part, back at a hand. */
function chair(prop: Extract<Prop, { kind: 'chair' }>, ctx: PropContext): PropShape[] {
  const dir = prop.facing === 'right' ? 1 : -1
  const seat = prop.seatUnder ? ctx.frame.landmarks[prop.seatUnder] : undefined
  const hand = prop.backAt ? ctx.frame.landmarks[prop.backAt] : undefined
  const seatTop = seat ? lowestY(seat) : ctx.floorY - 26
  if (ctx.faceOn && seat) {
    const x = midX(seat)
    return [
      rect(x - 15, seatTop - 26, 30, 26, 2, UNDER - 1),
      rect(x - 14, seatTop, 2.4, ctx.floorY - seatTop, 1.2), rect(x + 11.6, seatTop, 2.4, ctx.floorY - seatTop, 1.2),
      rect(x - 16, seatTop, 32, 2.8, 1.2)
    ]
  }
  const backX = hand ? midX(hand) : midX(seat!) - dir * (prop.seatUnder === 'pelvis' ? 9 : 11)
  const backTop = hand ? lowestY(hand) - 1 : seatTop - 24
  const front = backX + dir * 21
  return [
    rect(backX - 1.3, backTop, 2.6, ctx.floorY - backTop, 1.3),
    rect(front - dir * 1.2 - 1, seatTop, 2, ctx.floorY - seatTop, 1),
    rect(backX, seatTop, dir * 22, 2.8, 1.2)
  ]
}

function wallOrCounter(prop: Extract<Prop, { kind: 'wall' | 'counter' }>, ctx: PropContext): PropShape[] {
  const b = ctx.body
  const top = b.minY - 14
  if (prop.side === 'behind') return [rect(b.minX - 14, top, b.maxX - b.minX + 28, ctx.floorY - top, 2, UNDER - 1)]
  const dir = prop.side === 'right' ? 1 : -1
  if (prop.kind === 'wall') {
    const x = (dir > 0 ? b.maxX : b.minX) + dir * (prop.gap ?? 0)
    return ctx.matOutline ? [rect(x, b.minY - 10, dir * 5, b.maxY - b.minY + 20, 0)] : [rect(x, top, dir * 7, ctx.floorY - top, 0)]
  }
  const hands = [ctx.frame.landmarks.leftHand, ctx.frame.landmarks.rightHand]
  const surface = Math.max(...hands.map(lowestY))
  const edge = dir > 0 ? Math.min(...hands.map((h) => Math.min(h.a.x, h.b.x))) - 2 : Math.max(...hands.map((h) => Math.max(h.a.x, h.b.x))) + 2
  return [rect(edge + dir * 2, surface + 3, dir * 30, ctx.floorY - surface - 3, 0), rect(edge, surface, dir * 34, 3, 1)]
}

function strap(from: Landmark, to: Landmark, ctx: PropContext): PropShape[] {
  const hand = mid(ctx.frame.landmarks[from])
  const foot = ctx.frame.landmarks[to]
  const ball = { x: foot.a.x + (foot.b.x - foot.a.x) * 0.65, y: foot.a.y + (foot.b.y - foot.a.y) * 0.65 }
  const len = Math.hypot(foot.b.x - foot.a.x, foot.b.y - foot.a.y) || 1
  const normal = { x: (foot.b.y - foot.a.y) / len, y: -(foot.b.x - foot.a.x) / len }
  const side = normal.x * (ball.x - hand.x) + normal.y * (ball.y - hand.y) > 0 ? 1 : -1
  const loop = { x: ball.x + side * normal.x * (foot.r + 1), y: ball.y + side * normal.y * (foot.r + 1) }
  return [{ type: 'line', points: [hand, loop], depth: OVER }]
}

export function propShapes(props: Prop[], ctx: PropContext): PropShape[] {
  return props.flatMap((prop): PropShape[] => {
    switch (prop.kind) {
      case 'mat':
        return ctx.matOutline
          ? [{ type: 'polygon', points: ctx.matOutline, depth: UNDER - 1 }]
          : [rect(ctx.body.minX - 6, ctx.floorY - 1.6, ctx.body.maxX - ctx.body.minX + 12, 1.6, 0.8)]
      case 'cushion': case 'bolster': case 'block': case 'ball':
        return support(prop.kind, prop.under, prop.width, ctx)
      case 'cushion-between': {
        const a = ctx.frame.landmarks[prop.a]
        const b = ctx.frame.landmarks[prop.b]
        const centre = { x: (midX(a) + midX(b)) / 2, y: (mid(a).y + mid(b).y) / 2 }
        // From above the cushion lies under the upper knee: draw it larger so it shows round it.
        if (ctx.matOutline) return [{ type: 'ellipse', cx: centre.x, cy: centre.y, rx: 11, ry: 8, depth: (ctx.frame.depthOf[prop.a] + ctx.frame.depthOf[prop.b]) / 2 }]
        // At eye level a folded pillow fills the gap between the two parts, painted over the far limb
        // and under the near one, so it shows wherever the near limb does not cover it.
        const gap = Math.hypot(mid(a).x - mid(b).x, mid(a).y - mid(b).y) - a.r - b.r
        const w = Math.max(6, gap + 3)
        const h = 13
        const depth = (ctx.frame.limbDepth(prop.a) + ctx.frame.limbDepth(prop.b)) / 2
        return [rect(centre.x - w / 2, centre.y - h / 2, w, h, 3, depth)]
      }
      case 'chair':
        return chair(prop, ctx)
      case 'wall': case 'counter':
        return wallOrCounter(prop, ctx)
      case 'strap':
        return strap(prop.from, prop.to, ctx)
      default:
        return extraPropShapes(prop, ctx)
    }
  })
}
