import type { CanvasElement } from 'pdfmake/interfaces'

/**
 * A drawing's vectors as the PDF operators pdfmake's renderVector has pdfkit write for them, made
 * as text in one pass. Through pdfmake a drawing is hundreds of calls into pdfkit, each formatting
 * its numbers, parsing its colour and registering its opacity state: in a fresh process, about a
 * twentieth of a cold handout. Only what handout drawings use is written here (polylines,
 * ellipses and rects in #rgb or #rrggbb colours, without dashes, gradients or patterns);
 * anything else returns undefined and is left to pdfmake. The opacity states (" gs") are not
 * written: drawing-replay.ts sets them per document. The text is byte for byte what pdfkit
 * writes (tests/electron/handout/drawing-operators.test.ts compares every shipped pose),
 * as pdfkit 0.19 and pdfmake 0.3.11 define it.
 */

/** pdfkit's PDFObject.number: how pdfkit writes every number into the page. */
export const number = (n: number): number => {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6
  throw new Error(`unsupported number: ${n}`)
}
const KAPPA = 4.0 * ((Math.sqrt(2) - 1.0) / 3.0)
const CAPS: Record<string, number> = { butt: 0, round: 1, square: 2 }
const JOINS: Record<string, number> = { miter: 0, round: 1, bevel: 2 }
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

const colours = new Map<string, string>()

/** "r g b" as pdfkit's _normalizeColor makes it from #rgb or #rrggbb, or undefined for any other colour. */
function rgb(color: unknown): string | undefined {
  if (typeof color !== 'string' || !HEX.test(color)) return undefined
  const known = colours.get(color)
  if (known !== undefined) return known
  const full = color.length === 4 ? `#${color[1]}${color[1]}${color[2]}${color[2]}${color[3]}${color[3]}` : color
  const hex = parseInt(full.slice(1), 16)
  const text = `${(hex >> 16) / 255} ${((hex >> 8) & 0xff) / 255} ${(hex & 0xff) / 255}`
  // A drawing has a handful of colours over hundreds of vectors; a runaway set is started afresh.
  if (colours.size >= 256) colours.clear()
  colours.set(color, text)
  return text
}

type Out = string[]
const m = (out: Out, x: number, y: number) => out.push(`${number(x)} ${number(y)} m`)
const l = (out: Out, x: number, y: number) => out.push(`${number(x)} ${number(y)} l`)
const c = (out: Out, x1: number, y1: number, x2: number, y2: number, x: number, y: number) =>
  out.push(`${number(x1)} ${number(y1)} ${number(x2)} ${number(y2)} ${number(x)} ${number(y)} c`)

/** pdfkit's ellipse. */
function ellipse(out: Out, cx: number, cy: number, r1: number, r2: number): void {
  const x = cx - r1
  const y = cy - r2
  const ox = r1 * KAPPA
  const oy = r2 * KAPPA
  const xe = x + r1 * 2
  const ye = y + r2 * 2
  const xm = x + r1
  const ym = y + r2
  m(out, x, ym)
  c(out, x, ym - oy, xm - ox, y, xm, y)
  c(out, xm + ox, y, xe, ym - oy, xe, ym)
  c(out, xe, ym + oy, xm + ox, ye, xm, ye)
  c(out, xm - ox, ye, x, ym + oy, x, ym)
  out.push('h')
}

/** pdfkit's roundedRect with one radius for every corner. */
function roundedRect(out: Out, x: number, y: number, w: number, h: number, radius: number): void {
  const r = Math.max(0, Math.min(radius || 0, Math.min(0.5 * w, 0.5 * h)))
  const cp = r * (1.0 - KAPPA)
  m(out, x + r, y)
  l(out, x + w - r, y)
  if (r > 0) c(out, x + w - cp, y, x + w, y + cp, x + w, y + r)
  l(out, x + w, y + h - r)
  if (r > 0) c(out, x + w, y + h - cp, x + w - cp, y + h, x + w - r, y + h)
  l(out, x + r, y + h)
  if (r > 0) c(out, x + cp, y + h, x, y + h - cp, x, y + h - r)
  l(out, x, y + r)
  if (r > 0) c(out, x, y + cp, x + cp, y, x + r, y)
  out.push('h')
}

/** One vector's operators, or false when it uses what is left to pdfmake. */
function vectorOperators(out: Out, vector: CanvasElement): boolean {
  const v = vector as CanvasElement & { dash?: unknown; linearGradient?: unknown; lineColor?: unknown; color?: unknown; lineCap?: string; lineJoin?: string; lineWidth?: number }
  if (v.dash || v.linearGradient) return false
  const cap = CAPS[v.lineCap ?? 'butt']
  const join = JOINS[v.lineJoin ?? 'miter']
  // pdfmake paints a colour it cannot read black; such colours are left to it.
  const fill = v.color ? rgb(v.color) : undefined
  const stroke = rgb(v.lineColor ?? 'black')
  if (cap === undefined || join === undefined || (v.color && !fill) || (!v.color && !stroke) || (v.color && v.lineColor && !stroke)) return false
  out.push(`${number(v.lineWidth || 1)} w`, '[] 0 d', `${join} j`, `${cap} J`)
  switch (v.type) {
    case 'ellipse':
      ellipse(out, v.x, v.y, v.r1, v.r2 ?? v.r1)
      break
    case 'rect':
      if (v.r) roundedRect(out, v.x, v.y, v.w, v.h, v.r)
      else out.push(`${number(v.x)} ${number(v.y)} ${number(v.w)} ${number(v.h)} re`)
      break
    case 'line':
      m(out, v.x1, v.y1)
      l(out, v.x2, v.y2)
      break
    case 'polyline': {
      const points = v.points
      if (points.length === 0) break
      m(out, points[0]!.x, points[0]!.y)
      for (let i = 1; i < points.length; i++) l(out, points[i]!.x, points[i]!.y)
      const first = points[0]!
      const last = points[points.length - 1]!
      if (points.length > 1 && (v.closePath || (first.x === last.x && first.y === last.y))) out.push('h')
      break
    }
    default:
      return false
  }
  if (v.color && v.lineColor) out.push('/DeviceRGB cs', `${fill} scn`, '/DeviceRGB CS', `${stroke} SCN`, 'B')
  else if (v.color) out.push('/DeviceRGB cs', `${fill} scn`, 'f')
  else out.push('/DeviceRGB CS', `${stroke} SCN`, 'S')
  return true
}

/** The vectors' operators, each line ending "\n", or undefined when one of them is left to pdfmake. */
export function drawingOperators(vectors: readonly CanvasElement[]): string | undefined {
  const out: Out = []
  for (const vector of vectors) if (!vectorOperators(out, vector)) return undefined
  return out.length === 0 ? '' : `${out.join('\n')}\n`
}
