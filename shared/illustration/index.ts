/** Exercise illustrations: pose data → standalone SVG line drawings. */
export { renderPoseSvg, type RenderOptions } from './render'
export { hasPose, poseIds } from './pose-library'
