import { getPose } from './pose-library'
import type { Landmark, Pose } from './pose-schema'
import { apply } from './math3d'
import { propShapes } from './props'
import { atLeast, boundsOf, grow2, propBounds } from './bounds'
import { closeUpLayout } from './close-up-layout'
import { MAT_THICKNESS, projectFrame, restingLift, resolveCamera, showsFloorLine, viewMatrix, type Pt } from './scene'
import { buildBody } from './skeleton'
import { matOutline } from './mat'
import { arrowShapes, blobShapes, floorShape, FRAME, propDrawingShapes, shapeBox, unionBox, type Drawing, type Placement } from './drawing'
import { drawingSvg } from './svg-writer'

export interface RenderOptions { width?: number; height?: number; accent?: string }

const VIEW_W = FRAME.width
const VIEW_H = FRAME.height
const MARGIN = 6
const FLOOR_Y = VIEW_H - 6
const MAX_SCALE = 2
const DEFAULT_ACCENT = '#147d78'
const GHOST_DEPTH = -1e5
const MIN_ARROW = 12

function checkOptions(o: RenderOptions): { width: number; height: number; accent: string } {
  const size = (v: number | undefined, fallback: number, name: string) => {
    const n = v ?? fallback
    if (!Number.isFinite(n) || n <= 0 || n > 10000) throw new Error(`renderPoseSvg: ${name} must be a positive number`)
    return n
  }
  const accent = o.accent ?? DEFAULT_ACCENT
  if (!/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/.test(accent)) throw new Error('renderPoseSvg: accent must be a hex colour like #147d78')
  return { width: size(o.width, VIEW_W, 'width'), height: size(o.height, VIEW_H, 'height'), accent }
}

/** Lays out the pose in figure units: frames set down on the floor, props fitted, arrow placed. */
function layout(pose: Pose) {
  const camera = resolveCamera(pose.camera)
  const view = viewMatrix(camera)
  const floorTop = pose.props.some((p) => p.kind === 'mat') ? MAT_THICKNESS : 0
  const moving = pose.frames.length === 2
  const bodies = pose.frames.map((frame) => buildBody(frame))
  const frames = bodies.map((body, i) => projectFrame(body, view, floorTop + restingLift(body, pose), moving && i === 0))
  const last = frames[frames.length - 1]!
  const body = boundsOf(frames.flatMap((f) => f.blobs))
  const floorLine = showsFloorLine(camera)
  const mat = floorLine ? undefined : matOutline(bodies, view)
  const faceOn = Math.abs(Math.sin((camera.yaw * Math.PI) / 180)) > 0.7
  const lastBody = bodies[bodies.length - 1]!
  const below = (at: Landmark): Pt => {
    const c = lastBody.landmarks[at]
    const v = apply(view, [(c.a[0] + c.b[0]) / 2, 0, (c.a[2] + c.b[2]) / 2])
    return { x: v[0], y: -v[1] }
  }
  const props = propShapes(pose.props, { frame: last, floorY: 0, body, faceOn, matOutline: mat, below, elevation: camera.elevation })
  let arrow: { from: Pt; to: Pt; bend: number } | undefined
  if (moving && pose.arrow) {
    const centre = (f: typeof last) => {
      const d = f.landmarks[pose.arrow!.at as Landmark]
      const [sx, sy] = pose.arrow!.shift ?? [0, 0]
      return { x: (d.a.x + d.b.x) / 2 + sx, y: (d.a.y + d.b.y) / 2 + sy }
    }
    const from = centre(frames[0]!)
    const along = pose.arrow.along
    const to = along ? { x: from.x + along[0], y: from.y + along[1] } : centre(last)
    arrow = { ...atLeast(MIN_ARROW, from, to), bend: pose.arrow.bend ?? 0.2 }
  }
  let bounds = props.reduce((b, s) => propBounds(s, b), body)
  if (arrow) bounds = [arrow.from, arrow.to].reduce((b, p) => grow2(b, p, 4), bounds)
  const layers = [
    ...props.map((s) => ({ depth: s.depth, shapes: (m: Placement) => propDrawingShapes(s, m) })),
    ...frames.flatMap((f, i) => f.blobs.map((b) => ({ depth: b.depth + (moving && i === 0 ? GHOST_DEPTH : 0), shapes: (m: Placement) => blobShapes(b, m) })))
  ]
  return { layers, bounds, arrows: arrow ? [arrow] : [], floorLine, moving, maxScale: MAX_SCALE }
}

/**
 * The drawing of a pose by id: every shape placed in the 200 × 150 frame. Throws for an unknown
 * id or an accent that is not a hex colour.
 */
export function poseDrawing(poseId: string, options: Pick<RenderOptions, 'accent'> = {}): Drawing {
  return drawPose(getPose(poseId), options)
}

/** The drawing of a validated pose; poseDrawing looks the pose up by id. */
export function drawPose(pose: Pose, options: Pick<RenderOptions, 'accent'> = {}): Drawing {
  const { accent } = checkOptions(options)
  const { layers, bounds, arrows, floorLine, moving, maxScale } = pose.closeUp ? closeUpLayout(pose) : layout(pose)
  // Fit the figure and its props to the frame, centred across; a floor line always lies at FLOOR_Y,
  // so lying poses stand on the card's ground like the rest, with the spare room above them.
  const bw = bounds.maxX - bounds.minX
  const bottom = floorLine ? 0 : bounds.maxY
  const bh = bottom - bounds.minY
  const s = Math.min(maxScale, (VIEW_W - 2 * MARGIN) / bw, (VIEW_H - 2 * MARGIN) / bh)
  const m: Placement = { s, dx: VIEW_W / 2 - s * (bounds.minX + bw / 2), dy: (floorLine ? FLOOR_Y : Math.min(FLOOR_Y, VIEW_H / 2 + (s * bh) / 2)) - s * bottom }
  const shapes = [
    ...(floorLine ? [floorShape(m.dy, VIEW_W)] : []),
    ...[...layers].sort((a, b) => a.depth - b.depth).flatMap((l) => l.shapes(m)),
    ...arrows.flatMap((a) => arrowShapes(placed(a.from, m), placed(a.to, m), a.bend, accent))
  ]
  return { ...FRAME, shapes, bounds: unionBox(shapes.map(shapeBox)), moving }
}

const placed = (p: Pt, m: Placement): Pt => ({ x: p.x * m.s + m.dx, y: p.y * m.s + m.dy })

export function renderPoseSvg(poseId: string, options: RenderOptions = {}): string {
  return renderPose(getPose(poseId), options)
}

/** Renders a validated pose as a standalone SVG; renderPoseSvg looks the pose up by id. */
export function renderPose(pose: Pose, options: RenderOptions = {}): string {
  const { width, height } = checkOptions(options)
  return drawingSvg(drawPose(pose, options), width, height)
}
