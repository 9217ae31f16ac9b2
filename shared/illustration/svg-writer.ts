import type { Drawing, DrawingShape, Paint } from './drawing'
import type { Pt } from './scene'

/** Serialises a computed drawing as SVG. Every value written comes from numbers or our own palette. */
export const num = (n: number, decimals = 1): string => {
  const f = 10 ** decimals
  return String(Math.round(n * f) / f)
}
const xy = (p: Pt) => `${num(p.x)} ${num(p.y)}`

/** Colours go on a group shared by neighbours; the stroke width on each shape. */
const colours = ({ fill, stroke }: Paint): string => `fill="${fill ?? 'none'}" stroke="${stroke ?? 'none'}"`
const width = (shape: Paint): string => (shape.stroke === null ? '' : ` stroke-width="${num(shape.strokeWidth)}"`)

function shapeSvg(shape: DrawingShape): string {
  switch (shape.type) {
    case 'line':
      return `<path d="M${shape.points.map(xy).join('L')}"${width(shape)}/>`
    case 'polygon':
      return `<path d="M${shape.points.map(xy).join('L')}Z"${width(shape)}/>`
    case 'circle':
      return `<circle cx="${num(shape.cx)}" cy="${num(shape.cy)}" r="${num(shape.r)}"${width(shape)}/>`
    case 'ellipse':
      return `<ellipse cx="${num(shape.cx)}" cy="${num(shape.cy)}" rx="${num(shape.rx)}" ry="${num(shape.ry)}"${width(shape)}/>`
    case 'rect':
      return `<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.w)}" height="${num(shape.h)}" rx="${num(shape.rx)}"${width(shape)}/>`
  }
}

/** Shapes in paint order, neighbours with the same paint sharing one group (keeps the markup small). */
function groups(shapes: DrawingShape[]): string {
  let out = ''
  let open = ''
  for (const shape of shapes) {
    const attrs = colours(shape)
    if (attrs !== open) {
      if (open) out += '</g>'
      out += `<g ${attrs}>`
      open = attrs
    }
    out += shapeSvg(shape)
  }
  return open ? `${out}</g>` : out
}

/** A standalone SVG, width × height on the page, showing the drawing's whole frame. */
export function drawingSvg(drawing: Drawing, width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${drawing.width} ${drawing.height}">` +
    `<g stroke-linecap="round" stroke-linejoin="round">${groups(drawing.shapes)}</g></svg>`
}
