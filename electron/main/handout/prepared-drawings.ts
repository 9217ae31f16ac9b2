import type { Drawing } from '../../../shared/illustration'

/**
 * The handout drawings of the shipped poses, made when the CLI bundle is built: the bundle
 * replaces this file with a reader of the file written beside it (scripts/build-cli.mjs). The
 * sources and the app draw each pose as it comes (and keep it for the next handout).
 */
export const preparedDrawing: ((poseId: string) => Drawing | undefined) | undefined = undefined
