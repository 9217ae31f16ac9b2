import type { CanvasElement } from 'pdfmake/interfaces'
import { describe, expect, it } from 'vitest'
import { drawingCanvas } from '../../../shared/handout/drawing/canvas-writer'
import { poseDrawing, poseIds, type Drawing } from '../../../shared/illustration'

const area = { x: 10, y: 20, width: 180, height: 120 }

function extent(v: CanvasElement): [number, number, number, number] {
  const pad = v.lineColor === undefined ? 0 : (v.lineWidth ?? 1) / 2
  if (v.type === 'polyline') {
    const xs = v.points.map((p) => p.x)
    const ys = v.points.map((p) => p.y)
    return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad]
  }
  if (v.type === 'rect') return [v.x - pad, v.y - pad, v.x + v.w + pad, v.y + v.h + pad]
  if (v.type === 'ellipse') return [v.x - v.r1 - pad, v.y - (v.r2 ?? v.r1) - pad, v.x + v.r1 + pad, v.y + (v.r2 ?? v.r1) + pad]
  throw new Error(`unexpected ${v.type}`)
}

describe('drawingCanvas (the PDF writer of the drawing model)', () => {
  it.each(poseIds())('writes every shape of %s as a vector that stays inside the area it was given', (id) => {
    const drawing = poseDrawing(id)
    const vectors = drawingCanvas(drawing, area, 10)
    expect(vectors).toHaveLength(drawing.shapes.length)
    const boxes = vectors.map(extent)
    const tolerance = 0.1
    expect(Math.min(...boxes.map((b) => b[0]))).toBeGreaterThanOrEqual(area.x - tolerance)
    expect(Math.min(...boxes.map((b) => b[1]))).toBeGreaterThanOrEqual(area.y - tolerance)
    expect(Math.max(...boxes.map((b) => b[2]))).toBeLessThanOrEqual(area.x + area.width + tolerance)
    expect(Math.max(...boxes.map((b) => b[3]))).toBeLessThanOrEqual(area.y + area.height + tolerance)
    // The drawing fills the area along at least one side, centred along the other.
    const [minX, minY, maxX, maxY] = [0, 1, 2, 3].map((k) => (k < 2 ? Math.min : Math.max)(...boxes.map((b) => b[k]!)))
    const fillsWidth = Math.abs(maxX! - minX! - area.width) < 0.5
    const fillsHeight = Math.abs(maxY! - minY! - area.height) < 0.5
    expect(fillsWidth || fillsHeight).toBe(true)
  })

  it('keeps paint, scales stroke widths and never enlarges past the limit', () => {
    const drawing: Drawing = {
      width: 200, height: 150, moving: false, bounds: { minX: 0, minY: 0, maxX: 10, maxY: 10 },
      shapes: [
        { type: 'line', points: [{ x: 1, y: 1 }, { x: 9, y: 9 }], fill: null, stroke: '#112233', strokeWidth: 2 },
        { type: 'circle', cx: 5, cy: 5, r: 5, fill: '#abcdef', stroke: null, strokeWidth: 0 }
      ]
    }
    expect(drawingCanvas(drawing, { x: 0, y: 0, width: 100, height: 100 }, 3)).toEqual([
      { type: 'polyline', points: [{ x: 38, y: 38 }, { x: 62, y: 62 }], closePath: false, lineCap: 'round', lineJoin: 'round', lineColor: '#112233', lineWidth: 6 },
      { type: 'ellipse', x: 50, y: 50, r1: 15, r2: 15, color: '#abcdef' }
    ])
  })
})
