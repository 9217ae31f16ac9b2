import type { DrawingShape } from '../../../shared/illustration/drawing'
import type { Blob, Disc, Pt } from '../../../shared/illustration/scene'

/** Test helpers: how much of a part of a drawing is left in view by what is painted over it. */

const segmentDistance = (p: Pt, a: Pt, b: Pt): number => {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const l2 = dx * dx + dy * dy
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2))
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy)
}

const inPolygon = (p: Pt, pts: Pt[]): boolean => {
  let inside = false
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const a = pts[i]!
    const b = pts[j]!
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside
  }
  return inside
}

/** Whether a flat drawing shape paints the point (its stroke included). */
export function paints(shape: DrawingShape, p: Pt): boolean {
  const half = shape.stroke === null ? 0 : shape.strokeWidth / 2
  switch (shape.type) {
    case 'line': return shape.points.slice(1).some((b, i) => segmentDistance(p, shape.points[i]!, b) <= half)
    case 'polygon': return inPolygon(p, shape.points)
    case 'circle': return Math.hypot(p.x - shape.cx, p.y - shape.cy) <= shape.r + half
    case 'ellipse': return ((p.x - shape.cx) / (shape.rx + half)) ** 2 + ((p.y - shape.cy) / (shape.ry + half)) ** 2 <= 1
    case 'rect': return p.x >= shape.x - half && p.x <= shape.x + shape.w + half && p.y >= shape.y - half && p.y <= shape.y + shape.h + half
  }
}

/** Points on a grid inside a box, `step` apart. */
function grid(box: { minX: number; minY: number; maxX: number; maxY: number }, step: number): Pt[] {
  const out: Pt[] = []
  for (let x = box.minX; x <= box.maxX; x += step) for (let y = box.minY; y <= box.maxY; y += step) out.push({ x, y })
  return out
}

/** The x and y values that bound a shape (its stroke left out). */
function extent(shape: DrawingShape): [number[], number[]] {
  switch (shape.type) {
    case 'rect': return [[shape.x, shape.x + shape.w], [shape.y, shape.y + shape.h]]
    case 'ellipse': return [[shape.cx - shape.rx, shape.cx + shape.rx], [shape.cy - shape.ry, shape.cy + shape.ry]]
    case 'circle': return [[shape.cx - shape.r, shape.cx + shape.r], [shape.cy - shape.r, shape.cy + shape.r]]
    default: return [shape.points.map((p) => p.x), shape.points.map((p) => p.y)]
  }
}

/** Share of the area a drawing shape paints that no later shape paints over. */
export function visibleShare(shapes: DrawingShape[], index: number): number {
  const shape = shapes[index]!
  const [xs, ys] = extent(shape)
  const inside = grid({ minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) }, 0.5).filter((p) => paints(shape, p))
  const later = shapes.slice(index + 1)
  return inside.filter((p) => !later.some((s) => paints(s, p))).length / Math.max(1, inside.length)
}

const inDisc = (d: Disc, p: Pt) => segmentDistance(p, d.a, d.b) <= d.r

/** Share of a projected blob's area that no deeper-painted blob of the same frame covers. */
export function blobVisibleShare(blobs: Blob[], index: number): number {
  const blob = blobs[index]!
  const box = {
    minX: Math.min(...blob.discs.flatMap((d) => [d.a.x - d.r, d.b.x - d.r])), maxX: Math.max(...blob.discs.flatMap((d) => [d.a.x + d.r, d.b.x + d.r])),
    minY: Math.min(...blob.discs.flatMap((d) => [d.a.y - d.r, d.b.y - d.r])), maxY: Math.max(...blob.discs.flatMap((d) => [d.a.y + d.r, d.b.y + d.r]))
  }
  const inside = grid(box, 0.25).filter((p) => blob.discs.some((d) => inDisc(d, p)))
  const over = blobs.filter((b, i) => i !== index && b.depth > blob.depth)
  return inside.filter((p) => !over.some((b) => b.discs.some((d) => inDisc(d, p)))).length / Math.max(1, inside.length)
}
