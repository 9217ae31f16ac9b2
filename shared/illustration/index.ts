/** Exercise illustrations: pose data → a computed drawing (shapes, bounds) → SVG or PDF vectors. */
export { renderPoseSvg, poseDrawing, type RenderOptions } from './render'
export { drawingSvg } from './svg-writer'
export { hasPose, poseIds } from './pose-library'
export type { Box, Drawing, DrawingShape, Paint } from './drawing'
