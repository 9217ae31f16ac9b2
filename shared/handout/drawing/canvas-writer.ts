import type { CanvasElement } from 'pdfmake/interfaces'
import type { Box, Drawing, DrawingShape } from '../../illustration'

export interface Area { x: number; y: number; width: number; height: number }

const round = (n: number) => Math.round(n * 100) / 100

/**
 * A computed drawing as pdfmake canvas vectors, scaled so what it paints (its bounds) fills
 * `area`, centred, never enlarged past `maxScale` times its frame size.
 */
export function drawingCanvas(drawing: Drawing, area: Area, maxScale: number): CanvasElement[] {
  const b: Box = drawing.bounds
  const s = Math.min(area.width / (b.maxX - b.minX || 1), area.height / (b.maxY - b.minY || 1), maxScale)
  const dx = area.x + (area.width - (b.maxX - b.minX) * s) / 2 - b.minX * s
  const dy = area.y + (area.height - (b.maxY - b.minY) * s) / 2 - b.minY * s
  const x = (v: number) => round(v * s + dx)
  const y = (v: number) => round(v * s + dy)
  const paint = (shape: DrawingShape) => ({
    ...(shape.fill === null ? {} : { color: shape.fill }),
    ...(shape.stroke === null ? {} : { lineColor: shape.stroke, lineWidth: round(shape.strokeWidth * s) })
  })
  return drawing.shapes.map((shape): CanvasElement => {
    switch (shape.type) {
      case 'line':
      case 'polygon':
        return {
          type: 'polyline', points: shape.points.map((p) => ({ x: x(p.x), y: y(p.y) })), closePath: shape.type === 'polygon',
          lineCap: 'round', lineJoin: 'round', ...paint(shape)
        }
      case 'circle':
        return { type: 'ellipse', x: x(shape.cx), y: y(shape.cy), r1: round(shape.r * s), r2: round(shape.r * s), ...paint(shape) }
      case 'ellipse':
        return { type: 'ellipse', x: x(shape.cx), y: y(shape.cy), r1: round(shape.rx * s), r2: round(shape.ry * s), ...paint(shape) }
      case 'rect':
        return { type: 'rect', x: x(shape.x), y: y(shape.y), w: round(shape.w * s), h: round(shape.h * s), r: round(shape.rx * s), lineJoin: 'round', ...paint(shape) }
    }
  })
}
