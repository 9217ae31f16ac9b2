import type { CanvasElement } from 'pdfmake/interfaces'
import { parseSvgMarkup, type SvgElement } from './svg-markup'
import { parsePathData, type Subpath } from './svg-path'
import {
  apply, DEFAULT_PAINT, evenScale, inheritPaint, multiply, number, PAINT_ATTRS, parseTransform, round, Unsupported,
  type Matrix, type Paint
} from './svg-style'

const GEOMETRY_ATTRS: Record<string, readonly string[]> = {
  g: [], path: ['d'], circle: ['cx', 'cy', 'r'], ellipse: ['cx', 'cy', 'rx', 'ry'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'], line: ['x1', 'y1', 'x2', 'y2'], polyline: ['points'], polygon: ['points']
}

function paintStyle(paint: Paint, scale: number) {
  const stroke = paint.stroke !== null && paint.strokeWidth > 0
  return {
    ...(paint.fill !== null ? { color: paint.fill } : {}),
    ...(stroke ? { lineColor: paint.stroke!, lineWidth: round(paint.strokeWidth * scale) } : {}),
    lineJoin: paint.join,
    visible: paint.fill !== null || stroke
  }
}

function shapeSubpaths(el: SvgElement): Subpath[] {
  const a = el.attrs
  if (el.name === 'path') {
    const subpaths = parsePathData(a.d ?? '')
    if (!subpaths) throw new Unsupported('path data')
    return subpaths
  }
  if (el.name === 'line') return [{ points: [{ x: number(a.x1, 0), y: number(a.y1, 0) }, { x: number(a.x2, 0), y: number(a.y2, 0) }], closed: false }]
  const n = (a.points ?? '').trim().split(/[\s,]+/).map((v) => number(v))
  if (n.length % 2 !== 0) throw new Unsupported('points')
  const points = Array.from({ length: n.length / 2 }, (_, i) => ({ x: n[2 * i]!, y: n[2 * i + 1]! }))
  return [{ points, closed: el.name === 'polygon' }]
}

function emitShape(el: SvgElement, m: Matrix, paint: Paint, out: CanvasElement[]): void {
  const a = el.attrs
  if (el.name === 'circle' || el.name === 'ellipse' || el.name === 'rect') {
    const scale = evenScale(m, false)
    const { visible, ...style } = paintStyle(paint, scale)
    if (!visible) return
    if (el.name === 'rect') {
      const corner = apply(m, { x: number(a.x, 0), y: number(a.y, 0) })
      const rx = number(a.rx, number(a.ry, 0))
      if (rx !== number(a.ry, rx)) throw new Unsupported('elliptical corners')
      out.push({ type: 'rect', ...corner, w: round(number(a.width) * scale), h: round(number(a.height) * scale), r: round(rx * scale), ...style })
      return
    }
    const centre = apply(m, { x: number(a.cx, 0), y: number(a.cy, 0) })
    const r1 = el.name === 'circle' ? number(a.r) : number(a.rx)
    const r2 = el.name === 'circle' ? r1 : number(a.ry)
    out.push({ type: 'ellipse', ...centre, r1: round(r1 * scale), r2: round(r2 * scale), ...style })
    return
  }
  const { visible, ...style } = paintStyle(paint, evenScale(m, true))
  if (!visible) return
  for (const sub of shapeSubpaths(el)) {
    if (sub.points.length < 2) continue
    // A two-point subpath encloses no area: filling it would only cost time.
    const { color, ...rest } = style
    const paintOf = sub.points.length > 2 ? style : rest
    if (color !== undefined && sub.points.length === 2 && rest.lineColor === undefined) continue
    out.push({ type: 'polyline', points: sub.points.map((p) => apply(m, p)), closePath: sub.closed, lineCap: paint.cap, ...paintOf })
  }
}

function walk(el: SvgElement, parentMatrix: Matrix, parentPaint: Paint, out: CanvasElement[]): void {
  const allowed = GEOMETRY_ATTRS[el.name]
  if (!allowed) throw new Unsupported(`element ${el.name}`)
  for (const key of Object.keys(el.attrs)) {
    if (!allowed.includes(key) && !PAINT_ATTRS.has(key) && key !== 'transform') throw new Unsupported(`attribute ${key}`)
  }
  const matrix = multiply(parentMatrix, parseTransform(el.attrs.transform))
  const paint = inheritPaint(el.attrs, parentPaint)
  if (el.name === 'g') for (const child of el.children) walk(child, matrix, paint, out)
  else if (el.children.length > 0) throw new Unsupported('shape with children')
  else emitShape(el, matrix, paint, out)
}

/**
 * Converts an SVG in a small, common subset (paths, basic shapes, groups, flat colours) into
 * pdfmake canvas vectors sized width × height (viewBox fitted as "xMidYMid meet").
 * Returns null when the SVG uses anything else; the caller then embeds the SVG as is.
 */
export function svgToCanvas(markup: string, width: number, height: number): CanvasElement[] | null {
  const svg = parseSvgMarkup(markup)
  if (!svg || (svg.attrs.preserveAspectRatio ?? 'xMidYMid meet') !== 'xMidYMid meet') return null
  try {
    const view = (svg.attrs.viewBox ?? `0 0 ${svg.attrs.width} ${svg.attrs.height}`).trim().split(/[\s,]+/).map((v) => number(v))
    const [vx, vy, vw, vh] = view as [number, number, number, number]
    if (view.length !== 4 || vw <= 0 || vh <= 0) return null
    const scale = Math.min(width / vw, height / vh)
    const fit: Matrix = [scale, 0, 0, scale, (width - vw * scale) / 2 - vx * scale, (height - vh * scale) / 2 - vy * scale]
    const root = inheritPaint(Object.fromEntries(Object.entries(svg.attrs).filter(([k]) => PAINT_ATTRS.has(k))), DEFAULT_PAINT)
    const out: CanvasElement[] = []
    for (const child of svg.children) walk(child, fit, root, out)
    return out
  } catch (error) {
    if (error instanceof Unsupported) return null
    throw error
  }
}
