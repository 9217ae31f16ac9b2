import type { CanvasElement, CanvasPolyline } from 'pdfmake/interfaces'
import { describe, expect, it } from 'vitest'
import { parsePathData } from '../../../shared/handout/drawing/svg-path'
import { svgToCanvas } from '../../../shared/handout/drawing/svg-to-canvas'
import { poseIds, renderPoseSvg } from '../../../shared/illustration'

const svg = (body: string, attrs = 'width="100" height="50" viewBox="0 0 200 100"') => `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${body}</svg>`

describe('parsePathData', () => {
  it('reads absolute and relative lines, H and V, and closes subpaths', () => {
    expect(parsePathData('M1 2L3 4h5v-2 l1,1Z m2 0 L 9 9')).toEqual([
      { points: [{ x: 1, y: 2 }, { x: 3, y: 4 }, { x: 8, y: 4 }, { x: 8, y: 2 }, { x: 9, y: 3 }], closed: true },
      { points: [{ x: 3, y: 2 }, { x: 9, y: 9 }], closed: false }
    ])
  })

  it('flattens curves, ending exactly on the end point', () => {
    const [sub] = parsePathData('M0 0Q10 10 20 0')!
    expect(sub!.points.length).toBeGreaterThan(8)
    expect(sub!.points.at(-1)).toEqual({ x: 20, y: 0 })
    expect(sub!.points[6]!.y).toBeCloseTo(5)
  })

  it('refuses arcs and malformed data', () => {
    expect(parsePathData('M0 0A5 5 0 0 1 10 10')).toBeNull()
    expect(parsePathData('M0 0L5')).toBeNull()
    expect(parsePathData('10 10')).toBeNull()
  })
})

describe('svgToCanvas', () => {
  it('scales the viewBox to the size asked for, with stroke widths and group paint', () => {
    const out = svgToCanvas(svg('<g stroke="#112233" stroke-width="4" fill="none" stroke-linecap="round"><path d="M0 0L200 100"/></g><circle cx="100" cy="50" r="10" fill="#abcdef"/>'), 100, 50)
    expect(out).toEqual([
      { type: 'polyline', points: [{ x: 0, y: 0 }, { x: 100, y: 50 }], closePath: false, lineCap: 'round', lineColor: '#112233', lineWidth: 2, lineJoin: 'miter' },
      { type: 'ellipse', x: 50, y: 25, r1: 5, r2: 5, color: '#abcdef', lineJoin: 'miter' }
    ])
  })

  it('applies nested transforms', () => {
    const out = svgToCanvas(svg('<g transform="translate(10 0) scale(2)"><rect x="1" y="1" width="5" height="5" fill="#000"/></g>', 'viewBox="0 0 100 100"'), 100, 100)
    expect(out).toEqual([{ type: 'rect', x: 12, y: 2, w: 10, h: 10, r: 0, color: '#000', lineJoin: 'miter' }])
  })

  it('falls back (null) on anything outside the subset rather than drawing it wrong', () => {
    for (const body of ['<path d="M0 0A1 1 0 0 1 5 5"/>', '<path style="fill:red" d="M0 0L1 1"/>', '<text x="0" y="0">Hi</text>',
      '<path fill="url(#g)" d="M0 0L1 1"/>', '<g transform="rotate(30)"><rect width="5" height="5"/></g>', '<path d="M0 0L1 1" opacity="0.5"/>']) {
      expect(svgToCanvas(svg(body), 100, 50), body).toBeNull()
    }
    expect(svgToCanvas('<svg><g></svg>', 10, 10)).toBeNull()
  })

  it('converts every shipped pose drawing, so no handout pays for the slow SVG path', () => {
    for (const id of poseIds()) {
      const vectors = svgToCanvas(renderPoseSvg(id, { width: 200, height: 150 }), 200, 150)
      expect(vectors, id).not.toBeNull()
      expect(vectors!.length, id).toBeGreaterThan(10)
      const inside = (v: CanvasElement) => v.type !== 'polyline' || (v as CanvasPolyline).points.every((p) => p.x > -5 && p.x < 205 && p.y > -5 && p.y < 155)
      expect(vectors!.every(inside), id).toBe(true)
    }
  })
})
