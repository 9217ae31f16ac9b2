import type { CanvasElement } from 'pdfmake/interfaces'
import { describe, expect, it } from 'vitest'
import { drawingOperators } from '../../../electron/main/handout/drawing-operators'
import { collectedOperators, type PdfDocument, type RenderVector } from '../../../electron/main/handout/drawing-replay'
import { pdfmakeReady } from '../../../electron/main/handout/pdfmake-setup'
import { rendererPrototype } from '../../../electron/main/handout/renderer-prototype'
import { DRAWING_VECTORS, type PanelDrawing } from '../../../shared/handout'
import { drawingNode } from '../../../shared/handout/drawing/drawing-node'
import { parsedShippedPoses } from '../../../shared/illustration/shipped-poses'

/** What pdfmake's own renderVector has pdfkit write for `vectors`, in a real document. */
async function byPdfmake(): Promise<{ write: (vectors: readonly CanvasElement[]) => string; end: () => void }> {
  const pdfmake = await pdfmakeReady()
  const doc = (await pdfmake.createPdf({ content: '' }).getStream()) as unknown as PdfDocument & { end(): void }
  const renderVector = rendererPrototype(await import('pdfmake/js/Renderer.js'), 'renderVector', 'test').renderVector as unknown as RenderVector
  return {
    write: (vectors) => collectedOperators({ vectors }, { pdfDocument: doc }, renderVector),
    end: () => doc.end()
  }
}

const vectorsOf = (poseId: string, width: number, height: number) =>
  ((drawingNode(poseId, width, height) as unknown as { canvas: { [DRAWING_VECTORS]: PanelDrawing }[] }).canvas[0]![DRAWING_VECTORS]).vectors

describe('drawing operators written as text', { timeout: 120_000 }, () => {
  it('are byte for byte what pdfmake and pdfkit write, for every shipped pose at the panel sizes handouts use', async () => {
    const pdfmake = await byPdfmake()
    const poses = parsedShippedPoses().map(([id]) => id)
    expect(poses.length).toBeGreaterThan(100)
    // The normal and large panels at their widest and lowest, and two odd sizes.
    const sizes: [number, number][] = [[150, 106], [150, 66], [110, 106], [180, 126], [116, 80], [97, 143]]
    try {
      for (const [i, poseId] of poses.entries()) {
        const [width, height] = sizes[i % sizes.length]!
        const vectors = vectorsOf(poseId, width, height)
        const quick = drawingOperators(vectors)
        expect(quick, poseId).toBeDefined()
        expect(quick, poseId).toBe(pdfmake.write(vectors))
      }
    } finally {
      pdfmake.end()
    }
  })

  it('write every kind of vector pdfmake takes from a canvas as pdfkit does, and leave the rest to pdfmake', async () => {
    const pdfmake = await byPdfmake()
    const written: CanvasElement[][] = [
      [{ type: 'rect', x: 1.5, y: 2, w: 30, h: 20, color: '#abc' }],
      [{ type: 'rect', x: 0, y: 0, w: 10, h: 40, r: 8, lineColor: '#123456', lineWidth: 0.25 }],
      [{ type: 'ellipse', x: 5, y: 5, r1: 3.333333333, r2: 1, color: '#ff0000', lineColor: '#00FF00', lineWidth: 0 }],
      [{ type: 'line', x1: 0, y1: 0, x2: 1e-7, y2: -4, lineColor: '#000', lineCap: 'square', lineJoin: 'bevel' }],
      [{ type: 'polyline', points: [{ x: 0, y: 0 }, { x: 3, y: 1 }, { x: 0, y: 0 }], lineColor: '#000' }],
      [{ type: 'polyline', points: [{ x: 0, y: 0 }], closePath: true, color: '#def' }],
      [{ type: 'polyline', points: [], lineColor: '#999' }]
    ]
    const left: CanvasElement[] = [
      { type: 'rect', x: 0, y: 0, w: 1, h: 1, color: 'red' },
      { type: 'line', x1: 0, y1: 0, x2: 1, y2: 1, dash: { length: 2 } },
      { type: 'rect', x: 0, y: 0, w: 1, h: 1, linearGradient: ['#fff', '#000'] },
      { type: 'path', d: 'M 0 0 L 1 1' } as unknown as CanvasElement
    ]
    try {
      for (const vectors of written) expect(drawingOperators(vectors), JSON.stringify(vectors)).toBe(pdfmake.write(vectors))
      for (const vector of left) expect(drawingOperators([{ type: 'rect', x: 0, y: 0, w: 2, h: 2, color: '#fff' }, vector])).toBeUndefined()
    } finally {
      pdfmake.end()
    }
  })
})
