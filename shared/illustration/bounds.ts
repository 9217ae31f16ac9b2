import type { Bounds, PropShape } from './props'
import type { Blob, Pt } from './scene'

export function boundsOf(blobs: Blob[]): Bounds {
  const discs = blobs.flatMap((b) => b.discs)
  const xs = discs.flatMap((d) => [d.a.x - d.r, d.b.x - d.r, d.a.x + d.r, d.b.x + d.r])
  const ys = discs.flatMap((d) => [d.a.y - d.r, d.b.y - d.r, d.a.y + d.r, d.b.y + d.r])
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) }
}

export const grow2 = (b: Bounds, p: Pt, pad = 0): Bounds =>
  ({ minX: Math.min(b.minX, p.x - pad), maxX: Math.max(b.maxX, p.x + pad), minY: Math.min(b.minY, p.y - pad), maxY: Math.max(b.maxY, p.y + pad) })

export function propBounds(shape: PropShape, b: Bounds): Bounds {
  const grow = (x0: number, x1: number, y0: number, y1: number): Bounds =>
    ({ minX: Math.min(b.minX, x0), maxX: Math.max(b.maxX, x1), minY: Math.min(b.minY, y0), maxY: Math.max(b.maxY, y1) })
  if (shape.type === 'rect') return grow(shape.x, shape.x + shape.w, shape.y, shape.y + shape.h)
  if (shape.type === 'polygon') return shape.points.reduce((acc, p) => grow2(acc, p), b)
  if (shape.type === 'ellipse') return grow(shape.cx - shape.rx, shape.cx + shape.rx, shape.cy - shape.ry, shape.cy + shape.ry)
  return shape.points.reduce((acc, p) => grow2(acc, p), b)
}

/** Small movements (a pelvic tilt, a chin tuck) still get an arrow long enough to read. */
export function atLeast(length: number, from: Pt, to: Pt): { from: Pt; to: Pt } {
  const dx = to.x - from.x
  const dy = to.y - from.y
  const d = Math.hypot(dx, dy)
  if (d >= length || d === 0) return { from, to }
  const grow = (length - d) / 2 / d
  return { from: { x: from.x - dx * grow, y: from.y - dy * grow }, to: { x: to.x + dx * grow, y: to.y + dy * grow } }
}
