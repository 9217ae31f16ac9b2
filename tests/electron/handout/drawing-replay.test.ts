import type { CanvasElement, Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { describe, expect, it } from 'vitest'
import { pdfmakeReady } from '../../../electron/main/handout/pdfmake-setup'
import { DRAWING_VECTORS, type PanelDrawing } from '../../../shared/handout'
import { carrying } from '../../../shared/handout/drawing/carried-vectors'
import { drawingNode } from '../../../shared/handout/drawing/drawing-node'
import { countColour, renderPages, savePdf } from './pdf-tools'

const FIGURE_FILL = '#dcebee'

type Page = ReturnType<typeof renderPages>[number]

/** Pixels that differ by more than a shade of antialiasing. */
function differing(a: Page, b: Page): number {
  let count = 0
  for (let i = 0; i + 2 < a.rgb.length; i += 3) {
    if (Math.abs(a.rgb[i]! - b.rgb[i]!) + Math.abs(a.rgb[i + 1]! - b.rgb[i + 1]!) + Math.abs(a.rgb[i + 2]! - b.rgb[i + 2]!) > 60) count++
  }
  return count
}

const panelOf = (node: Content | null) => ((node as { canvas: (CanvasElement & { [DRAWING_VECTORS]?: PanelDrawing })[] }).canvas)[0]!

/** Its vectors written one by one, as pdfmake writes any canvas: the panel, then every shape. */
function asPlainVectors(node: Content | null): Content {
  const { [DRAWING_VECTORS]: drawing, ...panel } = panelOf(node)
  const copies = drawing!.vectors.map((v) => (v.type === 'polyline' ? { ...v, points: v.points.map((p) => ({ ...p })) } : { ...v }))
  return { canvas: [panel as CanvasElement, ...copies] }
}

async function pages(content: Content[]): Promise<Page[]> {
  const pdfmake = await pdfmakeReady()
  const doc: TDocumentDefinitions = { content, pageSize: 'A4', pageMargins: 40 }
  return renderPages(savePdf(await pdfmake.createPdf(doc).getBuffer()), 60)
}

describe('drawings written once and replayed', { timeout: 60_000 }, () => {
  it('paint what their vectors paint when written one by one, wherever the panel lands, in every document', async () => {
    // A translucent box first: the drawing after it must still be opaque. (pdfmake moves vectors
    // in place, so each document gets its own.)
    const before = (): Content => ({ canvas: [{ type: 'rect', x: 0, y: 0, w: 60, h: 20, color: '#11706b', fillOpacity: 0.3, lineColor: '#a8322a', strokeOpacity: 0.3 }] })
    const layout = (a: Content, b: Content): Content[] => [before(), { columns: [{ width: 150, stack: [a] }, { width: '*', text: 'Beside the drawing' }] }, { text: 'Between', margin: [0, 30, 0, 0] }, { stack: [b], margin: [200, 10, 0, 0] }]
    const childsPose = () => drawingNode('childs-pose', 150, 90)!
    const catCow = () => drawingNode('cat-cow', 120, 100)!
    const reference = await pages(layout(asPlainVectors(childsPose()), asPlainVectors(catCow())))
    const first = await pages(layout(childsPose(), catCow()))
    const again = await pages(layout(childsPose(), catCow()))
    expect(panelOf(childsPose())[DRAWING_VECTORS]!.vectors.length).toBeGreaterThan(10)
    expect(countColour(reference[0]!, FIGURE_FILL)).toBeGreaterThan(200)
    for (const replayed of [first, again]) {
      expect(replayed).toHaveLength(1)
      expect(countColour(replayed[0]!, FIGURE_FILL)).toBeGreaterThan(0.97 * countColour(reference[0]!, FIGURE_FILL))
      expect(differing(replayed[0]!, reference[0]!)).toBeLessThan(40)
    }
  })

  it('leave the panel in the layout as one rect, as large as the panel', () => {
    const node = drawingNode('childs-pose', 150, 90) as { canvas: CanvasElement[] }
    expect(node.canvas).toHaveLength(1)
    expect(node.canvas[0]).toMatchObject({ type: 'rect', x: 0, y: 0, w: 150, h: 90 })
    // Each use gets its own panel (pdfmake moves it), all sharing the frozen vectors.
    const other = drawingNode('childs-pose', 150, 90) as { canvas: CanvasElement[] }
    expect(other.canvas[0]).not.toBe(node.canvas[0])
    expect(panelOf(other)[DRAWING_VECTORS]).toBe(panelOf(node)[DRAWING_VECTORS])
    expect(Object.isFrozen(panelOf(node)[DRAWING_VECTORS]!.vectors[0])).toBe(true)
  })

  it('paint vectors carried by a rect away from the canvas corner (a week of tick boxes carried by its first) where they were', async () => {
    const boxes = (): CanvasElement[] => Array.from({ length: 7 }, (_, day) => ({ type: 'rect', x: 30 + day * 40, y: 4, w: 14, h: 14, r: 2, lineWidth: 1.5, lineColor: '#11706b' }))
    const line: CanvasElement = { type: 'line', x1: 30, y1: 24, x2: 300, y2: 30, lineWidth: 2, lineColor: '#a8322a' }
    const tick: CanvasElement = { type: 'polyline', points: [{ x: 33, y: 10 }, { x: 36, y: 15 }, { x: 42, y: 6 }], lineWidth: 2, lineColor: '#1f2d33' }
    const [first, ...rest] = boxes()
    const carried = carrying(first as CanvasElement & { type: 'rect' }, [...rest, line, tick])
    const layout = (canvas: CanvasElement[]): Content[] => [{ text: 'Week 1' }, { canvas, margin: [20, 10, 0, 0] }]
    const reference = await pages(layout([...boxes(), { ...line }, { ...tick, points: tick.points.map((p) => ({ ...p })) }]))
    const replayed = await pages(layout([{ ...carried }]))
    expect(countColour(reference[0]!, '#a8322a', 40)).toBeGreaterThan(50)
    expect(differing(replayed[0]!, reference[0]!)).toBeLessThan(20)
  })
})
