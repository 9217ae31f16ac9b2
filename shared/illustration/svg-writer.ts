import type { PropShape } from './props'
import type { Blob, Pt, Tone } from './scene'

/** Serialises the 2D drawing model. Every value written comes from numbers or the palette below. */
export const STROKE = 1.2
const PALETTE: Record<Tone, { ink: string; fill: string }> = {
  near: { ink: '#33434b', fill: '#dcebee' },
  far: { ink: '#7f9198', fill: '#eef5f6' },
  ghost: { ink: '#b7c4c9', fill: '#f6f9fa' },
  ghostFar: { ink: '#cdd7db', fill: '#fafcfc' },
  prop: { ink: '#8d9ca2', fill: '#eef1f2' }
}

export const num = (n: number, decimals = 1): string => {
  const f = 10 ** decimals
  return String(Math.round(n * f) / f)
}
const xy = (p: Pt) => `${num(p.x)} ${num(p.y)}`
const same = (a: Pt, b: Pt) => Math.abs(a.x - b.x) < 0.05 && Math.abs(a.y - b.y) < 0.05

/** Rounded limbs: every capsule once as a thick ink stroke, then once as a thinner fill stroke. */
function blobLayer(blob: Blob, colour: string, grow: number): string {
  const parts: string[] = []
  let open: { d: string; end: Pt; r: number } | undefined
  const flush = () => {
    if (open) parts.push(`<path d="${open.d}" stroke-width="${num(2 * open.r + grow * 2)}"/>`)
    open = undefined
  }
  for (const disc of blob.discs) {
    if (same(disc.a, disc.b)) {
      flush()
      parts.push(`<circle cx="${num(disc.a.x)}" cy="${num(disc.a.y)}" r="${num(disc.r + grow)}"/>`)
    } else if (open && open.r === disc.r && same(open.end, disc.a)) {
      open.d += `L${xy(disc.b)}`
      open.end = disc.b
    } else {
      flush()
      open = { d: `M${xy(disc.a)}L${xy(disc.b)}`, end: disc.b, r: disc.r }
    }
  }
  flush()
  return `<g stroke="${colour}" fill="${colour}" stroke-width="0">${parts.join('')}</g>`
}

export function blobSvg(blob: Blob, stroke: number): string {
  const { ink, fill } = PALETTE[blob.tone]
  return blobLayer(blob, ink, stroke) + blobLayer(blob, fill, 0)
}

export function propSvg(shape: PropShape, stroke: number): string {
  const { ink, fill } = PALETTE.prop
  const paint = `stroke="${ink}" stroke-width="${num(stroke)}" fill="${fill}"`
  switch (shape.type) {
    case 'rect':
      return `<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.w)}" height="${num(shape.h)}" rx="${num(shape.rx)}" ${paint}/>`
    case 'ellipse':
      return `<ellipse cx="${num(shape.cx)}" cy="${num(shape.cy)}" rx="${num(shape.rx)}" ry="${num(shape.ry)}" ${paint}/>`
    case 'polygon':
      return `<path d="M${shape.points.map(xy).join('L')}Z" ${paint}/>`
    case 'line': {
      const d = 'M' + shape.points.map(xy).join('L')
      return `<path d="${d}" stroke="${ink}" stroke-width="${num(stroke * 2 + 1.2)}"/><path d="${d}" stroke="${fill}" stroke-width="1.2"/>`
    }
  }
}

export function floorSvg(y: number, width: number): string {
  return `<path d="M4 ${num(y)}H${num(width - 4)}" stroke="${PALETTE.prop.ink}" stroke-width="${STROKE}"/>`
}

/** A curved arrow from `from` to `to`, bulging sideways by `bend` of its length. */
export function arrowSvg(from: Pt, to: Pt, bend: number, colour: string, stroke: number): string {
  const dx = to.x - from.x
  const dy = to.y - from.y
  const control = { x: (from.x + to.x) / 2 - dy * bend, y: (from.y + to.y) / 2 + dx * bend }
  const tx = to.x - control.x
  const ty = to.y - control.y
  const tl = Math.hypot(tx, ty) || 1
  const ux = tx / tl
  const uy = ty / tl
  const head = stroke * 3.5
  const base = { x: to.x - ux * head, y: to.y - uy * head }
  const wing = (s: number) => ({ x: base.x - uy * s * head * 0.6, y: base.y + ux * s * head * 0.6 })
  const shaftEnd = { x: to.x - ux * head * 0.8, y: to.y - uy * head * 0.8 }
  return `<path d="M${xy(from)}Q${xy(control)} ${xy(shaftEnd)}" stroke="${colour}" stroke-width="${num(stroke * 1.4)}"/>` +
    `<path d="M${xy(to)}L${xy(wing(1))}L${xy(wing(-1))}Z" fill="${colour}" stroke="${colour}" stroke-width="${num(stroke * 0.6)}"/>`
}
