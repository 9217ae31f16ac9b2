import type { CanvasLineCap, CanvasLineJoin } from 'pdfmake/interfaces'
import type { Point } from './svg-path'

/** Transforms and paint of the SVG subset we convert; anything else raises Unsupported. */
export type Matrix = [number, number, number, number, number, number]
export interface Paint { fill: string | null; stroke: string | null; strokeWidth: number; cap: CanvasLineCap; join: CanvasLineJoin }

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]
export const DEFAULT_PAINT: Paint = { fill: '#000000', stroke: null, strokeWidth: 1, cap: 'butt', join: 'miter' }
const HEX = /^#(?:[0-9a-fA-F]{3}){1,2}$/
export const PAINT_ATTRS = new Set(['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'])

/** Thrown inside the walk for anything outside the subset; caught once at the top. */
export class Unsupported extends Error {}

export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]
]
export const round = (n: number) => Math.round(n * 100) / 100
export const apply = (m: Matrix, p: Point): Point => ({ x: round(m[0] * p.x + m[2] * p.y + m[4]), y: round(m[1] * p.x + m[3] * p.y + m[5]) })

export function number(value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback
  const n = Number(value?.replace(/px$/, ''))
  if (value === undefined || value.trim() === '' || !Number.isFinite(n)) throw new Unsupported(`number ${value}`)
  return n
}

export function parseTransform(source: string | undefined): Matrix {
  if (source === undefined) return IDENTITY
  let matrix = IDENTITY
  const rest = source.replace(/(matrix|translate|scale)\(([^)]*)\)/g, (_, kind: string, list: string) => {
    const n = list.trim().split(/[\s,]+/).map((v) => number(v))
    if (kind === 'matrix' && n.length === 6) matrix = multiply(matrix, n as Matrix)
    else if (kind === 'translate' && n.length <= 2) matrix = multiply(matrix, [1, 0, 0, 1, n[0]!, n[1] ?? 0])
    else if (kind === 'scale' && n.length <= 2) matrix = multiply(matrix, [n[0]!, 0, 0, n[1] ?? n[0]!, 0, 0])
    else throw new Unsupported(`transform ${kind}`)
    return ''
  })
  if (rest.replace(/[\s,]/g, '') !== '') throw new Unsupported(`transform ${source}`)
  return matrix
}

function colour(value: string): string | null {
  if (value === 'none') return null
  if (!HEX.test(value)) throw new Unsupported(`colour ${value}`)
  return value
}

export function inheritPaint(attrs: Record<string, string>, parent: Paint): Paint {
  const cap = attrs['stroke-linecap'] ?? parent.cap
  const join = attrs['stroke-linejoin'] ?? parent.join
  if (!['butt', 'round', 'square'].includes(cap) || !['miter', 'round', 'bevel'].includes(join)) throw new Unsupported('line style')
  return {
    fill: attrs.fill === undefined ? parent.fill : colour(attrs.fill),
    stroke: attrs.stroke === undefined ? parent.stroke : colour(attrs.stroke),
    strokeWidth: number(attrs['stroke-width'], parent.strokeWidth),
    cap: cap as CanvasLineCap,
    join: join as CanvasLineJoin
  }
}

/** Uniform scale of a matrix without shear, or an error: stroke widths must scale evenly. */
export function evenScale(m: Matrix, allowRotation: boolean): number {
  const sx = Math.hypot(m[0], m[1])
  const conformal = Math.abs(m[0] - m[3]) < 1e-6 && Math.abs(m[1] + m[2]) < 1e-6
  if (!conformal || (!allowRotation && Math.abs(m[1]) > 1e-9)) throw new Unsupported('uneven transform')
  return sx
}

