import type { CanvasElement, CanvasRect, Content } from 'pdfmake/interfaces'
import { hasPose, poseDrawing, type Drawing } from '../../illustration'
import { colours } from '../theme'
import { carrying } from './carried-vectors'
import { drawingCanvas } from './canvas-writer'

const INSET = 8
/** A small pose (a chin tuck) should not be blown up past about twice its framed size. */
const MAX_ENLARGE = 2.2
const CACHE_LIMIT = 500
const drawings = new Map<string, Drawing>()
const compiled = new Map<string, CanvasElement>()

/** The drawing a handout prints for a pose, in the handout's accent. */
export function handoutDrawing(poseId: string): Drawing {
  return poseDrawing(poseId, { accent: colours.accent })
}

/** Drawings made ahead of time with handoutDrawing (the CLI bundle's, made when it is built). */
type PreparedDrawings = (poseId: string) => Drawing | undefined
let prepared: PreparedDrawings | undefined

/** Takes the handout's drawings from `find` where it has them; a pose it lacks is drawn as before. */
export function usePreparedDrawings(find: PreparedDrawings): void {
  prepared = find
  drawings.clear()
  compiled.clear()
}

function drawingOf(poseId: string): Drawing {
  let drawing = drawings.get(poseId)
  if (!drawing) {
    drawing = prepared?.(poseId) ?? handoutDrawing(poseId)
    drawings.set(poseId, drawing)
  }
  return drawing
}

function compile(poseId: string, width: number, height: number): CanvasElement {
  const key = `${poseId}@${width}x${height}`
  const hit = compiled.get(key)
  if (hit) return hit
  const drawing = drawingOf(poseId)
  const panel: CanvasRect = { type: 'rect', x: 0, y: 0, w: width, h: height, r: 6, color: colours.drawingPanel }
  const maxScale = Math.min((width - 2 * INSET) / drawing.width, (height - 2 * INSET) / drawing.height) * MAX_ENLARGE
  const vectors = drawingCanvas(drawing, { x: INSET, y: INSET, width: width - 2 * INSET, height: height - 2 * INSET }, maxScale)
  const node = carrying(panel, vectors)
  if (compiled.size >= CACHE_LIMIT) compiled.delete(compiled.keys().next().value!)
  compiled.set(key, node)
  return node
}

/**
 * Width over height of what a pose's drawing paints (a standing figure is about 1.3, a lying
 * one 3 or more), so a layout can give tall figures a taller panel. 4/3 for an unknown pose.
 */
export function drawingAspect(poseId: string): number {
  if (!hasPose(poseId)) return 4 / 3
  const b = drawingOf(poseId).bounds
  return (b.maxX - b.minX) / Math.max(1, b.maxY - b.minY)
}

/**
 * The drawing for a pose on a soft rounded panel, width × height points, or null when the
 * pose has no drawing. Written straight from the illustration's computed shapes as PDF vectors,
 * carried by the panel (carried-vectors.ts).
 */
export function drawingNode(poseId: string, width: number, height: number): Content | null {
  if (!hasPose(poseId)) return null
  // pdfmake moves a canvas's vectors in place while laying them out, so every use gets its own panel.
  return { canvas: [{ ...compile(poseId, width, height) }] }
}

/** What the card shows for an exercise: the clinician's own photo when there is one, else the drawing. */
export function itemFigure(item: { poseId: string | null; photo?: { dataUrl: string } }, width: number, height: number): Content | null {
  if (item.photo) return { image: item.photo.dataUrl, fit: [width, height], alignment: 'center' }
  return item.poseId ? drawingNode(item.poseId, width, height) : null
}
