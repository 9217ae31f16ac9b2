import type { CanvasElement } from 'pdfmake/interfaces'

interface Box { minX: number; minY: number; maxX: number; maxY: number }

function extent(v: CanvasElement): Box {
  const pad = (v.lineColor !== undefined ? v.lineWidth ?? 1 : 0) / 2
  if (v.type === 'polyline') {
    const xs = v.points.map((p) => p.x)
    const ys = v.points.map((p) => p.y)
    return { minX: Math.min(...xs) - pad, minY: Math.min(...ys) - pad, maxX: Math.max(...xs) + pad, maxY: Math.max(...ys) + pad }
  }
  if (v.type === 'line') return { minX: Math.min(v.x1, v.x2) - pad, minY: Math.min(v.y1, v.y2) - pad, maxX: Math.max(v.x1, v.x2) + pad, maxY: Math.max(v.y1, v.y2) + pad }
  if (v.type === 'rect') return { minX: v.x - pad, minY: v.y - pad, maxX: v.x + v.w + pad, maxY: v.y + v.h + pad }
  const r2 = v.r2 ?? v.r1
  return { minX: v.x - v.r1 - pad, minY: v.y - r2 - pad, maxX: v.x + v.r1 + pad, maxY: v.y + r2 + pad }
}

/** The box the vectors actually paint, stroke widths included. */
export function inkBox(vectors: CanvasElement[]): Box {
  const boxes = vectors.map(extent)
  return {
    minX: Math.min(...boxes.map((x) => x.minX)), minY: Math.min(...boxes.map((x) => x.minY)),
    maxX: Math.max(...boxes.map((x) => x.maxX)), maxY: Math.max(...boxes.map((x) => x.maxY))
  }
}

const round = (n: number) => Math.round(n * 100) / 100

function transform(v: CanvasElement, s: number, dx: number, dy: number): CanvasElement {
  const x = (value: number) => round(value * s + dx)
  const y = (value: number) => round(value * s + dy)
  const width = v.lineWidth === undefined ? {} : { lineWidth: round(v.lineWidth * s) }
  if (v.type === 'polyline') return { ...v, ...width, points: v.points.map((p) => ({ x: x(p.x), y: y(p.y) })) }
  if (v.type === 'line') return { ...v, ...width, x1: x(v.x1), y1: y(v.y1), x2: x(v.x2), y2: y(v.y2) }
  if (v.type === 'rect') return { ...v, ...width, x: x(v.x), y: y(v.y), w: round(v.w * s), h: round(v.h * s), ...(v.r === undefined ? {} : { r: round(v.r * s) }) }
  return { ...v, ...width, x: x(v.x), y: y(v.y), r1: round(v.r1 * s), ...(v.r2 === undefined ? {} : { r2: round(v.r2 * s) }) }
}

/**
 * Scales and moves vectors so what they actually draw fills `area`, centred.
 * Drawings are framed for any pose, so a lying figure leaves the top of its frame empty;
 * cropping to the ink makes it as large as the space allows. Never enlarges past `maxScale`.
 */
export function fitVectors(vectors: CanvasElement[], area: { x: number; y: number; width: number; height: number }, maxScale: number): CanvasElement[] {
  const { width, height } = area
  if (vectors.length === 0) return vectors
  const b = inkBox(vectors)
  const s = Math.min(width / (b.maxX - b.minX || 1), height / (b.maxY - b.minY || 1), maxScale)
  const dx = area.x + (width - (b.maxX - b.minX) * s) / 2 - b.minX * s
  const dy = area.y + (height - (b.maxY - b.minY) * s) / 2 - b.minY * s
  return vectors.map((v) => transform(v, s, dx, dy))
}
