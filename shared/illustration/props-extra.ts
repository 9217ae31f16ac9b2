import type { Landmark, Prop } from './pose-schema'
import type { PropContext, PropShape } from './props'
import { BED_HEIGHT, STEP_HEIGHT, type Disc, type Pt } from './scene'

export type ExtraProp = Extract<Prop, { kind: 'band' | 'step' | 'weight' | 'table' | 'stick' | 'squeeze' | 'bed' | 'towel' }>

const UNDER = -1e6
const OVER = 1e6
const mid = (d: Disc): Pt => ({ x: (d.a.x + d.b.x) / 2, y: (d.a.y + d.b.y) / 2 })
const lowestY = (d: Disc) => Math.max(d.a.y, d.b.y) + d.r
const rect = (x: number, y: number, w: number, h: number, rx: number, depth: number): PropShape =>
  ({ type: 'rect', x: Math.min(x, x + w), y: Math.min(y, y + h), w: Math.abs(w), h: Math.abs(h), rx, depth })
const isHand = (at: Landmark) => at === 'leftHand' || at === 'rightHand'
/** The end of a hand or foot capsule away from the wrist or heel: where a held thing sits. */
const gripPoint = (d: Disc): Pt => ({ x: d.a.x * 0.35 + d.b.x * 0.65, y: d.a.y * 0.35 + d.b.y * 0.65 })

function band(prop: Extract<ExtraProp, { kind: 'band' }>, ctx: PropContext): PropShape[] {
  const from = gripPoint(ctx.frame.landmarks[prop.from])
  if (prop.to) return [{ type: 'line', points: [from, gripPoint(ctx.frame.landmarks[prop.to])], depth: OVER }]
  const b = ctx.body
  // No far end and no anchor: a small band looped round the hand or foot itself (finger spreading).
  if (!prop.anchor) return [{ type: 'ellipse', cx: from.x, cy: from.y, rx: 3.4, ry: 2.2, depth: OVER }]
  if (prop.anchor === 'floor') return [{ type: 'line', points: [from, { x: from.x, y: ctx.floorY }], depth: OVER }]
  // Door or behind: tied level with the hand at the nearer edge of the picture, with a small anchor block.
  const right = prop.anchor === 'behind' ? from.x < (b.minX + b.maxX) / 2 : from.x >= (b.minX + b.maxX) / 2
  const x = right ? b.maxX + 22 : b.minX - 22
  return [
    { type: 'line', points: [from, { x, y: from.y }], depth: OVER },
    rect(x - 1.5, from.y - 4, 3, 8, 0.8, UNDER)
  ]
}

function step(prop: Extract<ExtraProp, { kind: 'step' }>, ctx: PropContext): PropShape[] {
  const foot = ctx.frame.landmarks[prop.under]
  const height = prop.height ?? STEP_HEIGHT
  if (prop.stand) {
    // Stood on: seen from the side only the front of the foot is on the step, the heel free behind.
    const reach = foot.b.x - foot.a.x
    const ball = foot.a.x + reach * 0.55
    const [from, to] = Math.abs(reach) < 4 ? [mid(foot).x - 10, mid(foot).x + 10] : reach > 0 ? [ball, ball + 30] : [ball - 30, ball]
    return [rect(from, ctx.floorY - height, to - from, height, 1, UNDER)]
  }
  const top = Math.min(lowestY(foot), ctx.floorY - height)
  const x = mid(foot).x
  return [rect(x - 15, top, 30, ctx.floorY - top, 1, UNDER)]
}

function weight(prop: Extract<ExtraProp, { kind: 'weight' }>, ctx: PropContext): PropShape[] {
  const part = ctx.frame.landmarks[prop.at]
  if (isHand(prop.at)) {
    // A small dumbbell across the grip.
    const g = gripPoint(part)
    return [rect(g.x - 1.2, g.y - 4.5, 2.4, 9, 0.8, OVER), rect(g.x - 2.6, g.y - 5.5, 5.2, 2.6, 1, OVER), rect(g.x - 2.6, g.y + 2.9, 5.2, 2.6, 1, OVER)]
  }
  // An ankle cuff just above the foot: the lower end of a shin, or the heel end of a foot.
  const at = prop.at.endsWith('Shin') ? part.b : part.a
  return [{ type: 'ellipse', cx: at.x, cy: at.y - 1, rx: part.r + 1.6, ry: part.r + 0.6, depth: OVER }]
}

function table(prop: Extract<ExtraProp, { kind: 'table' }>, ctx: PropContext): PropShape[] {
  const part = ctx.frame.landmarks[prop.under]
  const surface = lowestY(part)
  const dir = prop.side === 'right' ? 1 : -1
  const near = mid(part).x - dir * 10
  const far = near + dir * 46
  return [
    rect(near, surface, far - near, 2.6, 0.8, UNDER),
    rect(far - dir * 3, surface, dir * 2.2, ctx.floorY - surface, 0.6, UNDER),
    rect(near + dir * 3, surface, dir * 2.2, ctx.floorY - surface, 0.6, UNDER - 1)
  ]
}

function stick(prop: Extract<ExtraProp, { kind: 'stick' }>, ctx: PropContext): PropShape[] {
  const a = gripPoint(ctx.frame.landmarks[prop.from])
  const b = gripPoint(ctx.frame.landmarks[prop.to])
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1
  // The stick reaches a little past both hands.
  const ext = 8 / len
  const p = { x: a.x - (b.x - a.x) * ext, y: a.y - (b.y - a.y) * ext }
  const q = { x: b.x + (b.x - a.x) * ext, y: b.y + (b.y - a.y) * ext }
  return [{ type: 'line', points: [p, q], depth: OVER }]
}

function squeeze(prop: Extract<ExtraProp, { kind: 'squeeze' }>, ctx: PropContext): PropShape[] {
  const g = gripPoint(ctx.frame.landmarks[prop.at])
  return prop.item === 'ball'
    ? [{ type: 'ellipse', cx: g.x, cy: g.y, rx: 3.2, ry: 3.2, depth: OVER }]
    : [{ type: 'ellipse', cx: g.x, cy: g.y, rx: 3.8, ry: 2.4, depth: OVER }]
}

/**
 * A bed from the side: a mattress from just short of the edge part to past the head, on a frame
 * with legs. Which way it runs is read from the pelvis: the mattress lies on the pelvis' side of the edge.
 */
function bed(prop: Extract<ExtraProp, { kind: 'bed' }>, ctx: PropContext): PropShape[] {
  const top = ctx.floorY - (prop.height ?? BED_HEIGHT)
  const edgePart = ctx.frame.landmarks[prop.edge]
  const dir = mid(ctx.frame.landmarks.pelvis).x > mid(edgePart).x ? 1 : -1
  const edge = mid(edgePart).x + dir * edgePart.r * 0.4
  const far = dir > 0 ? ctx.body.maxX + 6 : ctx.body.minX - 6
  const mattress = 7
  return [
    rect(edge, top, far - edge, mattress, 2, UNDER),
    rect(edge + dir * 1, top + mattress, far - edge - dir * 2, 3, 0.6, UNDER),
    rect(edge + dir * 3, top + mattress + 3, dir * 2.4, ctx.floorY - top - mattress - 3, 0.6, UNDER),
    rect(far - dir * 5.4, top + mattress + 3, dir * 2.4, ctx.floorY - top - mattress - 3, 0.6, UNDER)
  ]
}

/** A towel under a foot: a thin flat strip on the floor, reaching forward past the toes. */
function towel(prop: Extract<ExtraProp, { kind: 'towel' }>, ctx: PropContext): PropShape[] {
  const foot = ctx.frame.landmarks[prop.under]
  const x0 = Math.min(foot.a.x, foot.b.x) - 6
  const x1 = Math.max(foot.a.x, foot.b.x) + 14
  return [rect(x0, ctx.floorY - 1.4, x1 - x0, 1.4, 0.6, UNDER)]
}

/** Shapes of the whole-body props, fitted to the body like the original ones. */
export function extraPropShapes(prop: ExtraProp, ctx: PropContext): PropShape[] {
  switch (prop.kind) {
    case 'band': return band(prop, ctx)
    case 'step': return step(prop, ctx)
    case 'weight': return weight(prop, ctx)
    case 'table': return table(prop, ctx)
    case 'stick': return stick(prop, ctx)
    case 'squeeze': return squeeze(prop, ctx)
    case 'bed': return bed(prop, ctx)
    case 'towel': return towel(prop, ctx)
  }
}
