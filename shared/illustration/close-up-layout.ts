import { apply, type Vec3 } from './math3d'
import { atLeast, boundsOf, grow2, propBounds } from './bounds'
import { buildCloseUp, type CloseUpModel } from './close-up'
import { blobShapes, propDrawingShapes, type Placement } from './drawing'
import type { CloseUpPoint } from './pose-schema-extra'
import type { Pose } from './pose-schema'
import type { PropShape } from './props'
import { resolveCamera, showsFloorLine, viewMatrix, type Blob, type Pt, type Tone } from './scene'

/** A hand or foot fills the card: up to this many times figure scale. */
const CLOSE_UP_SCALE = 10
const GHOST_DEPTH = -1e5
const UNDER = -1e6
const MIN_ARROW = 5

interface Arrow { from: Pt; to: Pt; bend: number }

/** Lays out a close-up like a whole figure: frames (start behind), props fitted to the hand or foot, arrows. */
export function closeUpLayout(pose: Pose) {
  const kind = pose.closeUp!
  const camera = resolveCamera(pose.camera)
  const view = viewMatrix(camera)
  const moving = pose.frames.length === 2
  const models = pose.frames.map((f) => buildCloseUp(kind, f))
  // A foot rests on the floor; a hand is drawn where it is (on a table when there is one).
  const lift = kind === 'foot' ? -Math.min(...models.flatMap((m) => m.chains.flatMap((c) => c.capsules.map((k) => Math.min(k.a[1], k.b[1]) - k.r)))) : 0
  const project = (p: Vec3) => {
    const v = apply(view, [p[0], p[1] + lift, p[2]])
    return { pt: { x: v[0], y: -v[1] }, depth: v[2] }
  }
  const frames = models.map((model, i) => projectModel(model, project, moving && i === 0))
  const last = models[models.length - 1]!
  const body = boundsOf(frames.flatMap((f) => f.blobs))
  const floorLine = kind === 'foot' && showsFloorLine(camera)
  const props = closeUpProps(pose, last, project, body)
  const point = (model: CloseUpModel, at: string): Pt => project(model.points[at as CloseUpPoint] ?? model.chains[0]!.capsules[0]!.a).pt
  const arrows: Arrow[] = []
  for (const a of [...(moving && pose.arrow ? [pose.arrow] : []), ...(pose.arrows ?? [])]) {
    const [sx, sy] = a.shift ?? [0, 0]
    const start = point(pose.arrow === a ? models[0]! : last, a.at)
    const from = { x: start.x + sx, y: start.y + sy }
    const end = a.along ? { x: from.x + a.along[0], y: from.y + a.along[1] } : point(last, a.at)
    const to = a.along ? end : { x: end.x + sx, y: end.y + sy }
    arrows.push({ ...atLeast(MIN_ARROW, from, to), bend: a.bend ?? 0.2 })
  }
  let bounds = props.reduce((b, s) => propBounds(s, b), body)
  for (const a of arrows) bounds = [a.from, a.to].reduce((b, p) => grow2(b, p, 1.5), bounds)
  const layers = [
    ...props.map((s) => ({ depth: s.depth, shapes: (m: Placement) => propDrawingShapes(s, m) })),
    ...frames.flatMap((f, i) => f.blobs.map((b) => ({ depth: b.depth + (moving && i === 0 ? GHOST_DEPTH : 0), shapes: (m: Placement) => blobShapes(b, m) })))
  ]
  return { layers, bounds, arrows, floorLine, moving: moving || arrows.length > 0, maxScale: CLOSE_UP_SCALE }
}

type Project = (p: Vec3) => { pt: Pt; depth: number }

/** Each finger, toe, palm or sole becomes a blob; digits well behind the hand are drawn in the far tone. */
function projectModel(model: CloseUpModel, project: Project, ghost: boolean): { blobs: Blob[] } {
  const depthOf = (cs: { a: Vec3; b: Vec3 }[]) => cs.reduce((s, c) => s + project(c.a).depth + project(c.b).depth, 0) / (2 * cs.length)
  const mean = depthOf(model.chains.flatMap((c) => c.capsules))
  const blobs = model.chains.map((c): Blob => {
    const depth = depthOf(c.capsules)
    const far = depth < mean - 3
    const tone: Tone = ghost ? (far ? 'ghostFar' : 'ghost') : far ? 'far' : 'near'
    return { tone, depth, discs: c.capsules.map((k) => ({ a: project(k.a).pt, b: project(k.b).pt, r: k.r })) }
  })
  return { blobs }
}

/** The props of a close-up: a ball or putty in the hand, a band round the fingers or the foot, a towel, a table. */
function closeUpProps(pose: Pose, model: CloseUpModel, project: Project, body: ReturnType<typeof boundsOf>): PropShape[] {
  const shapes: PropShape[] = []
  const squeezed = pose.frames.some((f) => ({ ...f.arms, ...f.rightArm }).hand === 'squeeze')
  for (const prop of pose.props) {
    if (prop.kind === 'squeeze' && model.palm) {
      const pinched = pose.frames.some((f) => ({ ...f.arms, ...f.rightArm }).hand === 'pinch')
      const c = project(pinched ? midpoint(model.points.thumbTip!, model.points.indexTip!) : model.palm)
      const [rx, ry] = prop.item === 'putty' ? [4.8, 2.8] : squeezed ? [4.4, 3.6] : [4.2, 4.2]
      shapes.push({ type: 'ellipse', cx: c.pt.x, cy: c.pt.y, rx, ry, depth: c.depth - 2 })
    } else if (prop.kind === 'band' && pose.closeUp === 'hand') {
      const tips = (['thumbTip', 'indexTip', 'middleTip', 'littleTip'] as const).map((k) => project(model.points[k]!).pt)
      shapes.push({ type: 'line', points: loopAround(tips, 1.6), depth: 1e6 })
    } else if (prop.kind === 'band') {
      const stub = model.chains[0]!.capsules[0]!
      const far = project([stub.a[0] + (stub.b[0] - stub.a[0]) * 2.2, stub.a[1] + (stub.b[1] - stub.a[1]) * 2.2, stub.a[2] + (stub.b[2] - stub.a[2]) * 2.2]).pt
      const ball = project(model.points.ball!).pt
      shapes.push({ type: 'line', points: [{ x: far.x - 2, y: far.y }, { x: ball.x - 1.5, y: ball.y + 1.2 }, { x: ball.x + 1.5, y: ball.y + 1.2 }, { x: far.x + 2, y: far.y }], depth: 1e6 })
    } else if (prop.kind === 'towel') {
      // The towel reaches well past the toes, whichever way they point.
      const toesLeft = model.points.bigToe && model.points.heel ? project(model.points.bigToe).pt.x < project(model.points.heel).pt.x : false
      const [before, after] = toesLeft ? [12, 6] : [6, 12]
      shapes.push({ type: 'rect', x: body.minX - before, y: -1.4, w: body.maxX - body.minX + before + after, h: 1.4, rx: 0.6, depth: UNDER })
      // Curled toes gather the towel: a fold rises where the toe tips grip it.
      const curled = pose.frames.some((f) => ({ ...f.legs, ...f.rightLeg }).toes! < 0)
      if (curled && model.points.bigToe) {
        const tip = project(model.points.bigToe).pt
        shapes.push({ type: 'ellipse', cx: tip.x, cy: -1.4, rx: 2.6, ry: 1.9, depth: UNDER })
      }
    } else if (prop.kind === 'table') {
      const stub = model.chains[0]!.capsules[0]!
      const [a, b] = [project(stub.a).pt, project(stub.b).pt]
      const top = Math.max(a.y, b.y) + stub.r
      const [x0, x1] = [Math.min(a.x, b.x) - 6, Math.max(a.x, b.x) + (b.x > a.x ? 6 : -2)]
      shapes.push({ type: 'rect', x: Math.min(x0, x1), y: top, w: Math.abs(x1 - x0), h: 5, rx: 0.8, depth: UNDER })
    }
  }
  return shapes
}

const midpoint = (a: Vec3, b: Vec3): Vec3 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2]

/** A closed band round a few points (fingertips), pushed out by `pad`. */
function loopAround(points: Pt[], pad: number): Pt[] {
  const c = { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length }
  const ring = points
    .map((p) => {
      const d = Math.hypot(p.x - c.x, p.y - c.y) || 1
      return { x: p.x + ((p.x - c.x) / d) * pad, y: p.y + ((p.y - c.y) / d) * pad, angle: Math.atan2(p.y - c.y, p.x - c.x) }
    })
    .sort((a, b) => a.angle - b.angle)
    .map(({ x, y }) => ({ x, y }))
  return [...ring, ring[0]!]
}
