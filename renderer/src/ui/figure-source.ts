import { hasPose, renderPoseSvg } from '../../../shared/illustration'

/** Enough for the library, a plan and the templates at their few sizes; the oldest is dropped past it. */
const limit = 600
const made = new Map<string, string>()

/**
 * The drawing of a pose as an image URL, or undefined for a pose without a drawing. The poses are
 * shipped data that never change while the app runs, so each pose and size is drawn once: opening
 * the builder again, or a card scrolled back into view, does not build its SVG again.
 */
export function figureSource(poseId: string, width: number, height: number): string | undefined {
  const key = `${poseId}|${width}x${height}`
  const known = made.get(key)
  if (known) return known
  if (!hasPose(poseId)) return undefined
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderPoseSvg(poseId, { width, height }))}`
  if (made.size >= limit) made.delete(made.keys().next().value!)
  made.set(key, url)
  return url
}
