import { add, apply, chain, rotY, rotZ, type Mat3, type Vec3 } from './math3d'
import type { HAND_SHAPES } from './joint-ranges-extra'
import type { CloseUpPoint } from './pose-schema-extra'
import type { Frame } from './pose-schema'
import { buildBody, type BodyChain, type Capsule, type EndFrame } from './skeleton'

/**
 * A hand or a foot drawn large, with fingers or toes, placed where the whole figure's right hand or
 * foot is (so wrist, forearm turn, ankle angles and the camera mean what they mean for the figure).
 * Model units match the figure's (a hand is about 19 long). Hand model axes: x along the fingers,
 * y out of the back of the hand, z towards the thumb; foot model axes are the foot's own
 * (x to the toes, y up, z to the figure's right).
 */
export interface CloseUpModel { chains: BodyChain[]; points: Partial<Record<CloseUpPoint, Vec3>>; palm?: Vec3; sole?: Vec3 }

type HandShape = (typeof HAND_SHAPES)[number]
type Finger = readonly [mcp: number, pip: number, dip: number]
/** Thumb by angles (abduction from the index, opposition towards the palm, bend), or reaching a point. */
type Thumb = { abd: number; opp: number; bend: number } | { to: 'indexTip' | 'littleTip' | 'fist' }
interface Shape { fingers: readonly [Finger, Finger, Finger, Finger]; spread?: readonly number[]; thumb: Thumb }

const straight: Finger = [0, 0, 0]
const curled: Finger = [45, 60, 30]
const SHAPES: Record<HandShape, Shape> = {
  relaxed: { fingers: [[15, 25, 10], [18, 28, 12], [22, 30, 12], [25, 32, 14]], thumb: { abd: 25, opp: 20, bend: 10 } },
  open: { fingers: [straight, straight, straight, straight], spread: [3, 1, -1, -3], thumb: { abd: 35, opp: 10, bend: 0 } },
  spread: { fingers: [straight, straight, straight, straight], spread: [14, 4, -6, -16], thumb: { abd: 60, opp: 0, bend: 0 } },
  hook: { fingers: [[0, 95, 70], [0, 95, 70], [0, 95, 70], [0, 95, 70]], thumb: { abd: 30, opp: 15, bend: 5 } },
  'full-fist': { fingers: [[88, 100, 65], [88, 100, 65], [88, 100, 65], [88, 100, 65]], thumb: { to: 'fist' } },
  tabletop: { fingers: [[88, 0, 0], [88, 0, 0], [88, 0, 0], [88, 0, 0]], thumb: { abd: 30, opp: 15, bend: 5 } },
  'straight-fist': { fingers: [[75, 100, 0], [75, 100, 0], [75, 100, 0], [75, 100, 0]], thumb: { abd: 25, opp: 20, bend: 10 } },
  pinch: { fingers: [[50, 55, 25], curled, curled, curled], thumb: { to: 'indexTip' } },
  'thumb-to-finger': { fingers: [straight, [5, 5, 0], [10, 10, 5], [60, 50, 25]], thumb: { to: 'littleTip' } },
  grip: { fingers: [[40, 55, 35], [42, 55, 35], [45, 55, 35], [48, 55, 35]], thumb: { abd: 45, opp: 55, bend: 15 } },
  squeeze: { fingers: [[55, 75, 45], [58, 75, 45], [60, 75, 45], [62, 75, 45]], thumb: { abd: 40, opp: 65, bend: 30 } }
}

const FINGER_BASE: readonly Vec3[] = [[8.6, 0, 2.5], [8.9, 0, 0.8], [8.5, 0, -0.9], [7.8, 0, -2.5]]
const FINGER_LEN: readonly Finger[] = [[4.3, 2.6, 2.0], [4.7, 2.9, 2.2], [4.4, 2.7, 2.1], [3.5, 2.1, 1.8]]
const FINGER_R = [0.95, 0.95, 0.9, 0.8]
const THUMB_BASE: Vec3 = [1.6, -0.8, 2.4]
const THUMB_LEN = [4.4, 3.0, 2.5] as const
const FOREARM_STUB = 13
const SHIN_STUB = 15

const scale = (v: Vec3, k: number): Vec3 => [v[0] * k, v[1] * k, v[2] * k]
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const len = (v: Vec3) => Math.hypot(v[0], v[1], v[2])
const unit = (v: Vec3): Vec3 => scale(v, 1 / (len(v) || 1))
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]

/** A jointed digit from `base`: each segment turned by its joint about the digit's side axis. */
function digit(base: Vec3, start: Mat3, lengths: readonly number[], bends: readonly number[]): Vec3[] {
  const points: Vec3[] = [base]
  let frame = start
  lengths.forEach((l, i) => {
    frame = chain(frame, rotZ(bends[i] ?? 0))
    points.push(add(points[points.length - 1]!, apply(frame, [l, 0, 0])))
  })
  return points
}

/** Two segments from `a` reaching `target`, the middle joint bowed towards `hint`. */
function reach(a: Vec3, target: Vec3, l1: number, l2: number, hint: Vec3): Vec3[] {
  const d = Math.min(len(sub(target, a)), l1 + l2 - 0.01)
  const u = unit(sub(target, a))
  const w = unit(sub(hint, scale(u, dot(hint, u))))
  const cos = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
  const sin = Math.sqrt(Math.max(0, 1 - cos * cos))
  const mid = add(a, add(scale(u, l1 * cos), scale(w, l1 * sin)))
  return [a, mid, add(a, scale(u, d))]
}

const capsules = (points: Vec3[], r: number | number[]): Capsule[] =>
  points.slice(1).map((b, i) => ({ a: points[i]!, b, r: Array.isArray(r) ? r[i]! : r }))

function handModel(shapeName: HandShape): { chains: BodyChain[]; points: Partial<Record<CloseUpPoint, Vec3>>; palm: Vec3 } {
  const shape = SHAPES[shapeName]
  const fingers = shape.fingers.map((f, i) => {
    const spread = shape.spread?.[i] ?? 0
    // Flexion turns a finger towards the palm (-y): a negative turn about z.
    return digit(FINGER_BASE[i]!, rotY(-spread), FINGER_LEN[i]!, f.map((a) => -a))
  })
  const tip = (i: number) => fingers[i]![3]!
  let thumb: Vec3[]
  if ('to' in shape.thumb) {
    const meta = add(THUMB_BASE, apply(chain(rotY(-25), rotZ(-40)), [THUMB_LEN[0], 0, 0]))
    const target: Vec3 = shape.thumb.to === 'fist'
      ? add(fingers[1]![2]!, [0.6, -2.2, 0.6])
      : add(tip(shape.thumb.to === 'indexTip' ? 0 : 3), [0, -0.5, 0.5])
    thumb = [THUMB_BASE, ...reach(meta, target, THUMB_LEN[1], THUMB_LEN[2], [0, 0.4, 1])]
  } else {
    const { abd, opp, bend } = shape.thumb
    thumb = digit(THUMB_BASE, chain(rotY(-abd), rotZ(-opp)), THUMB_LEN, [0, -bend, -bend])
  }
  const palmChain: Capsule[] = [
    { a: [0.6, 0, 0], b: [6.8, 0, 0.2], r: 3.1 },
    ...FINGER_BASE.map((b, i): Capsule => ({ a: [0.8, 0, b[2] * 0.55], b, r: i === 3 ? 1.5 : 1.8 })),
    { a: [0.4, -0.2, 1.2], b: THUMB_BASE, r: 2.2 }
  ]
  return {
    chains: [
      { name: 'palm', capsules: palmChain },
      ...fingers.map((pts, i) => ({ name: `finger${i}`, capsules: capsules(pts, FINGER_R[i]!) })),
      { name: 'thumb', capsules: capsules(thumb, [1.35, 1.15, 1.05]) }
    ],
    points: { thumbTip: thumb[thumb.length - 1]!, indexTip: tip(0), middleTip: tip(1), littleTip: tip(3) },
    palm: [5, -3.2, 0.6]
  }
}

const TOE_BASE_Z = [-2.3, -0.7, 0.6, 1.7, 2.7]
const TOE_LEN = [[2.7, 1.8], [2.0, 1.3], [1.8, 1.2], [1.6, 1.1], [1.4, 1.0]] as const
const TOE_R = [1.3, 0.9, 0.85, 0.8, 0.72]

/** The right foot in its own axes: heel, arch, ball and five toes; `s` mirrors a left foot. */
function footModel(leg: { toes?: number; toeSpread?: number; archLift?: number }, s: number): CloseUpModel {
  // Drawn a little larger than life, so the dome and the shorter foot read at card size.
  const lift = (leg.archLift ?? 0) * 0.2
  const ballX = 8.4 - (leg.archLift ?? 0) * 0.08
  const toesAngle = leg.toes ?? 0
  const toes = TOE_BASE_Z.map((z, i) => {
    const base: Vec3 = [ballX - Math.abs(z) * 0.25, -2.9, s * z]
    const fan = (leg.toeSpread ?? 0) * (i - 1.2) / 2.4
    // Toes lift (+) at their base; a curl (-) grips like a towel scrunch: the knuckle rises a little and
    // the toe bends down beyond it, so the tips stay on the floor and draw back towards the heel.
    const bends = toesAngle < 0 ? [-toesAngle * 0.5, toesAngle * 2.5] : [toesAngle, -toesAngle * 0.2]
    return digit(base, rotY(s * fan), TOE_LEN[i]!, bends)
  })
  const mid: Vec3 = [4, -2.2 + lift, s * -0.4]
  const sole: Capsule[] = [
    { a: [-0.9, -2.4, 0], b: [0.6, -1.4, 0], r: 2.2 },
    { a: [0.6, -1.4, 0], b: mid, r: 2.35 },
    { a: mid, b: [ballX, -2.6, s * -0.9], r: 2.1 },
    { a: mid, b: [ballX - 0.6, -2.7, s * 1.6], r: 1.9 }
  ]
  return {
    chains: [
      { name: 'foot', capsules: sole },
      ...toes.map((pts, i) => ({ name: `toe${i}`, capsules: capsules(pts, TOE_R[i]!) }))
    ],
    points: { bigToe: toes[0]![2]!, ball: [ballX, -3.5, 0], heel: [-1.4, -4, 0], arch: [4, -3.4 + lift, s * -1.2] },
    sole: [4, -4.3, 0]
  }
}

/** Moves a model from its own axes to where the figure's hand or foot is, adding the forearm or shin. */
function place(model: CloseUpModel, end: EndFrame, toModel: Mat3, stub: number, stubR: number): CloseUpModel {
  const frame = chain(end.frame, toModel)
  const put = (p: Vec3): Vec3 => add(end.origin, apply(frame, p))
  const towardRoot = unit(sub(end.root, end.origin))
  const chains = model.chains.map((c) => ({ name: c.name, capsules: c.capsules.map((k) => ({ a: put(k.a), b: put(k.b), r: k.r })) }))
  chains.unshift({ name: 'stub', capsules: [{ a: end.origin, b: add(end.origin, scale(towardRoot, stub)), r: stubR }] })
  const points = Object.fromEntries(Object.entries(model.points).map(([k, p]) => [k, put(p)]))
  return { chains, points, palm: model.palm && put(model.palm), sole: model.sole && put(model.sole) }
}

/**
 * Hand model → the figure's hand frame: fingers along the hand (-y), the back of the hand on the
 * side the palm does not face, the thumb where the figure's thumb is (+x). Mirrored for the right hand.
 */
const handAxes = (s: number): Mat3 => [[0, 0, 1], [-1, 0, 0], [0, s, 0]]
const IDENTITY: Mat3 = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]

export function buildCloseUp(kind: 'hand' | 'foot', frame: Frame): CloseUpModel {
  if (kind === 'hand') {
    // In a close-up the wrist bends the hand towards the palm (+, flexion) or its back (-, extension).
    const arm = { ...frame.arms, ...frame.rightArm }
    const body = buildBody({ ...frame, rightArm: { ...frame.rightArm, wrist: 0 } })
    const axes = chain(handAxes(body.ends.rightHand.side), rotZ(-(arm.wrist ?? 0)))
    return place(handModel(arm.hand ?? 'relaxed'), body.ends.rightHand, axes, FOREARM_STUB, 2.9)
  }
  const body = buildBody(frame)
  const leg = { ...frame.legs, ...frame.rightLeg }
  return place(footModel(leg, body.ends.rightFoot.side), body.ends.rightFoot, IDENTITY, SHIN_STUB, 3.4)
}
