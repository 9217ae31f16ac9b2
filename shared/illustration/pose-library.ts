import type { Pose } from './pose-schema'
import { parsedShippedPoses } from './shipped-poses'

export { poseFiles } from './pose-files'

/** The shipped poses, validated on first use (not at module load, which would delay start-up). */
function loadPoses(): Map<string, Pose> {
  return new Map(parsedShippedPoses())
}
let loaded: Map<string, Pose> | undefined
const poses = () => (loaded ??= loadPoses())

export function hasPose(poseId: string): boolean {
  return poses().has(poseId)
}

export function poseIds(): string[] {
  return [...poses().keys()].sort()
}

export function getPose(poseId: string): Pose {
  const pose = poses().get(poseId)
  if (!pose) throw new Error(`Unknown pose id: ${JSON.stringify(String(poseId).slice(0, 80))}`)
  return pose
}

/** Every shipped pose by id, from all pose files (for the drawing checks and the contact sheet). */
export function allPoses(): Record<string, Pose> {
  return Object.fromEntries(poses())
}
