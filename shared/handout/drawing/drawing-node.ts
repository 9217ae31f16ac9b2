import type { CanvasElement, Content } from 'pdfmake/interfaces'
import { hasPose, renderPoseSvg } from '../../illustration'
import { colours } from '../theme'
import { fitVectors, inkBox } from './fit-vectors'
import { svgToCanvas } from './svg-to-canvas'

/** A compiled drawing: pdfmake vectors when the SVG converts, else the SVG markup itself. */
type Compiled = { vectors: CanvasElement[] } | { svg: string }

const INSET = 8
/** The drawings' own frame; poses are laid out in it before we crop to the ink. */
const FRAME = { width: 200, height: 150 }
/** A small pose (a chin tuck) should not be blown up past about twice its framed size. */
const MAX_ENLARGE = 2.2
const CACHE_LIMIT = 500
const cache = new Map<string, Compiled>()

function compile(poseId: string, width: number, height: number): Compiled {
  const key = `${poseId}@${width}x${height}`
  const hit = cache.get(key)
  if (hit) return hit
  const svg = renderPoseSvg(poseId, { ...FRAME, accent: colours.accent })
  const vectors = svgToCanvas(svg, FRAME.width, FRAME.height)
  const panel: CanvasElement = { type: 'rect', x: 0, y: 0, w: width, h: height, r: 6, color: colours.drawingPanel }
  const scale = Math.min((width - 2 * INSET) / FRAME.width, (height - 2 * INSET) / FRAME.height) * MAX_ENLARGE
  const compiled: Compiled = vectors
    ? { vectors: [panel, ...fitVectors(vectors, { x: INSET, y: INSET, width: width - 2 * INSET, height: height - 2 * INSET }, scale)] }
    : { svg }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!)
  cache.set(key, compiled)
  return compiled
}

const shapes = new Map<string, number>()

/**
 * Width over height of what a pose's drawing paints (a standing figure is about 1.3, a lying
 * one 3 or more), so a layout can give tall figures a taller panel. 4/3 when not convertible.
 */
export function drawingAspect(poseId: string): number {
  const known = shapes.get(poseId)
  if (known !== undefined) return known
  const vectors = hasPose(poseId) ? svgToCanvas(renderPoseSvg(poseId, FRAME), FRAME.width, FRAME.height) : null
  const box = vectors && vectors.length > 0 ? inkBox(vectors) : null
  const aspect = box ? (box.maxX - box.minX) / Math.max(1, box.maxY - box.minY) : 4 / 3
  shapes.set(poseId, aspect)
  return aspect
}

/** pdfmake moves canvas vectors in place while laying them out, so every use gets a copy. */
function copy(vector: CanvasElement): CanvasElement {
  return vector.type === 'polyline' ? { ...vector, points: vector.points.map((p) => ({ ...p })) } : { ...vector }
}

/**
 * The drawing for a pose on a soft rounded panel, width × height points, or null when the
 * pose has no drawing. Converting each SVG once into vectors keeps PDF output fast: pdfmake
 * would otherwise parse every SVG twice per document and draw it through a full SVG engine.
 */
export function drawingNode(poseId: string, width: number, height: number): Content | null {
  if (!hasPose(poseId)) return null
  const compiled = compile(poseId, width, height)
  if ('svg' in compiled) return { svg: compiled.svg, width, height }
  return { canvas: compiled.vectors.map(copy) }
}
