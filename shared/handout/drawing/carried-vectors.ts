import type { CanvasElement, CanvasRect } from 'pdfmake/interfaces'

/**
 * The key under which a rect vector carries further vectors, drawn from the rect's own top left
 * corner. A drawing is hundreds of vectors (a week of tick boxes a dozen), and pdfmake lays out,
 * copies and writes each on its own; carried by one rect they are laid out once, and the renderer
 * (electron/main/handout/drawing-replay.ts) writes them once and moves that copy to wherever the
 * rect lands.
 */
export const DRAWING_VECTORS = 'physioplanDrawing'

/** What a rect carries: the vectors, frozen, so one copy serves every handout. */
export interface PanelDrawing {
  readonly vectors: readonly CanvasElement[]
}

function frozen(vector: CanvasElement): CanvasElement {
  if (vector.type === 'polyline') vector.points.forEach((p) => Object.freeze(p))
  return Object.freeze(vector)
}

function moved(vector: CanvasElement, dx: number, dy: number): CanvasElement {
  switch (vector.type) {
    case 'rect':
    case 'ellipse':
      return { ...vector, x: vector.x + dx, y: vector.y + dy }
    case 'line':
      return { ...vector, x1: vector.x1 + dx, y1: vector.y1 + dy, x2: vector.x2 + dx, y2: vector.y2 + dy }
    case 'polyline':
      return { ...vector, points: vector.points.map((p) => ({ x: p.x + dx, y: p.y + dy })) }
    default:
      return vector
  }
}

/**
 * `carrier` (painted as it is) carrying `vectors` (placed as they are on the same canvas), frozen:
 * keep it and give each use a shallow copy, as pdfmake moves the copy in place.
 */
export function carrying(carrier: CanvasRect, vectors: readonly CanvasElement[]): CanvasRect {
  const carried: PanelDrawing = Object.freeze({ vectors: Object.freeze(vectors.map((v) => frozen(moved(v, -carrier.x, -carrier.y)))) })
  return Object.freeze({ ...carrier, [DRAWING_VECTORS]: carried })
}
