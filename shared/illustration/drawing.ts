import type { PropShape } from './props'
import type { Blob, Pt, Tone } from './scene'

/**
 * The computed drawing of a pose: flat shapes in the 200 × 150 frame (y down), already scaled
 * and placed, in paint order. The SVG writer and the PDF canvas writer both consume it.
 */
export interface Paint {
  /** null: not filled. */
  fill: string | null
  /** null: not stroked. */
  stroke: string | null
  strokeWidth: number
}
export type DrawingShape =
  /** An open run of straight segments with round caps and joins (limbs, floor, arrow shaft, strap). */
  | ({ type: 'line'; points: Pt[] } & Paint)
  | ({ type: 'polygon'; points: Pt[] } & Paint)
  | ({ type: 'circle'; cx: number; cy: number; r: number } & Paint)
  | ({ type: 'ellipse'; cx: number; cy: number; rx: number; ry: number } & Paint)
  | ({ type: 'rect'; x: number; y: number; w: number; h: number; rx: number } & Paint)

export interface Box { minX: number; minY: number; maxX: number; maxY: number }

export interface Drawing {
  /** The frame every drawing is laid out in. */
  width: number
  height: number
  shapes: DrawingShape[]
  /** What the shapes actually paint, stroke widths included. */
  bounds: Box
  /** Whether the drawing shows a movement (start and end position with an arrow). */
  moving: boolean
}

export const FRAME = { width: 200, height: 150 } as const
export const STROKE = 1.2

/**
 * Ink and fill per tone. The start position of a movement is an outline figure: white inside,
 * its ink a mid grey dark enough to survive a greyscale office printer (at least 3:1 against the
 * handout's panel), lighter than the end position so the two still read apart; its far limbs go
 * lighter again but stay at least 2.5:1 (tests/shared/illustration/print-contrast.test.ts).
 */
export const PALETTE: Record<Tone, { ink: string; fill: string }> = {
  near: { ink: '#2b3a41', fill: '#dcebee' },
  far: { ink: '#5f7179', fill: '#e9f2f4' },
  ghost: { ink: '#76868d', fill: '#ffffff' },
  ghostFar: { ink: '#8b9aa0', fill: '#ffffff' },
  prop: { ink: '#7d8d94', fill: '#e8ecee' }
}

/** Arrow shaft width and head length, in frame units: bold enough for a card and a grey print. */
export const ARROW = { shaft: STROKE * 2.2, head: STROKE * 5, halo: 1.6 } as const

/** A 2D affine placement: x' = s·x + dx, y' = s·y + dy. */
export interface Placement { s: number; dx: number; dy: number }
const place = (p: Pt, m: Placement): Pt => ({ x: p.x * m.s + m.dx, y: p.y * m.s + m.dy })
const same = (a: Pt, b: Pt) => Math.abs(a.x - b.x) < 0.05 && Math.abs(a.y - b.y) < 0.05

/** Rounded limbs: every capsule once as a thick ink line, then once as a thinner fill line. */
function blobLayer(blob: Blob, colour: string, grow: number, m: Placement): DrawingShape[] {
  const out: DrawingShape[] = []
  let open: { points: Pt[]; r: number } | undefined
  const paint = { fill: null, stroke: colour }
  const flush = () => {
    if (open) out.push({ type: 'line', points: open.points.map((p) => place(p, m)), ...paint, strokeWidth: 2 * open.r * m.s + 2 * grow })
    open = undefined
  }
  for (const disc of blob.discs) {
    if (same(disc.a, disc.b)) {
      flush()
      const c = place(disc.a, m)
      out.push({ type: 'circle', cx: c.x, cy: c.y, r: disc.r * m.s + grow, fill: colour, stroke: null, strokeWidth: 0 })
    } else if (open && open.r === disc.r && same(open.points[open.points.length - 1]!, disc.a)) {
      open.points.push(disc.b)
    } else {
      flush()
      open = { points: [disc.a, disc.b], r: disc.r }
    }
  }
  flush()
  return out
}

export function blobShapes(blob: Blob, m: Placement): DrawingShape[] {
  const { ink, fill } = PALETTE[blob.tone]
  return [...blobLayer(blob, ink, STROKE, m), ...blobLayer(blob, fill, 0, m)]
}

export function propDrawingShapes(shape: PropShape, m: Placement): DrawingShape[] {
  const { ink, fill } = PALETTE.prop
  const paint = { fill, stroke: ink, strokeWidth: STROKE }
  switch (shape.type) {
    case 'rect': {
      const p = place({ x: shape.x, y: shape.y }, m)
      return [{ type: 'rect', x: p.x, y: p.y, w: shape.w * m.s, h: shape.h * m.s, rx: shape.rx * m.s, ...paint }]
    }
    case 'ellipse': {
      const c = place({ x: shape.cx, y: shape.cy }, m)
      return [{ type: 'ellipse', cx: c.x, cy: c.y, rx: shape.rx * m.s, ry: shape.ry * m.s, ...paint }]
    }
    case 'polygon':
      return [{ type: 'polygon', points: shape.points.map((p) => place(p, m)), ...paint }]
    case 'line': {
      const points = shape.points.map((p) => place(p, m))
      return [
        { type: 'line', points, fill: null, stroke: ink, strokeWidth: STROKE * 2 + 1.2 },
        { type: 'line', points, fill: null, stroke: fill, strokeWidth: 1.2 }
      ]
    }
  }
}

const CURVE_STEPS = 12

/**
 * A curved arrow from `from` to `to`, bulging sideways by `bend` of its length; points already
 * placed. A white halo under it keeps it apart from the limbs it crosses, in colour and in grey.
 */
export function arrowShapes(from: Pt, to: Pt, bend: number, colour: string): DrawingShape[] {
  const dx = to.x - from.x
  const dy = to.y - from.y
  const control = { x: (from.x + to.x) / 2 - dy * bend, y: (from.y + to.y) / 2 + dx * bend }
  const tx = to.x - control.x
  const ty = to.y - control.y
  const tl = Math.hypot(tx, ty) || 1
  const ux = tx / tl
  const uy = ty / tl
  const head = ARROW.head
  const base = { x: to.x - ux * head, y: to.y - uy * head }
  const wing = (s: number) => ({ x: base.x - uy * s * head * 0.55, y: base.y + ux * s * head * 0.55 })
  const end = { x: to.x - ux * head * 0.8, y: to.y - uy * head * 0.8 }
  const shaft = Array.from({ length: CURVE_STEPS + 1 }, (_, i) => {
    const t = i / CURVE_STEPS
    const u = 1 - t
    return { x: u * u * from.x + 2 * u * t * control.x + t * t * end.x, y: u * u * from.y + 2 * u * t * control.y + t * t * end.y }
  })
  const tip = [to, wing(1), wing(-1)]
  return [
    { type: 'line', points: shaft, fill: null, stroke: '#ffffff', strokeWidth: ARROW.shaft + 2 * ARROW.halo },
    { type: 'polygon', points: tip, fill: '#ffffff', stroke: '#ffffff', strokeWidth: 2 * ARROW.halo },
    { type: 'line', points: shaft, fill: null, stroke: colour, strokeWidth: ARROW.shaft },
    { type: 'polygon', points: tip, fill: colour, stroke: colour, strokeWidth: STROKE * 0.6 }
  ]
}

export function floorShape(y: number, width: number): DrawingShape {
  return { type: 'line', points: [{ x: 4, y }, { x: width - 4, y }], fill: null, stroke: PALETTE.prop.ink, strokeWidth: STROKE }
}

/** The box a shape paints, its stroke included. */
export function shapeBox(shape: DrawingShape): Box {
  const pad = shape.stroke === null ? 0 : shape.strokeWidth / 2
  const around = (xs: number[], ys: number[]): Box =>
    ({ minX: Math.min(...xs) - pad, minY: Math.min(...ys) - pad, maxX: Math.max(...xs) + pad, maxY: Math.max(...ys) + pad })
  switch (shape.type) {
    case 'line': case 'polygon': return around(shape.points.map((p) => p.x), shape.points.map((p) => p.y))
    case 'circle': return around([shape.cx - shape.r, shape.cx + shape.r], [shape.cy - shape.r, shape.cy + shape.r])
    case 'ellipse': return around([shape.cx - shape.rx, shape.cx + shape.rx], [shape.cy - shape.ry, shape.cy + shape.ry])
    case 'rect': return around([shape.x, shape.x + shape.w], [shape.y, shape.y + shape.h])
  }
}

export function unionBox(boxes: Box[]): Box {
  return {
    minX: Math.min(...boxes.map((b) => b.minX)), minY: Math.min(...boxes.map((b) => b.minY)),
    maxX: Math.max(...boxes.map((b) => b.maxX)), maxY: Math.max(...boxes.map((b) => b.maxY))
  }
}
