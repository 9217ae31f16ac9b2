import rawPoses from '../../data/poses.json' with { type: 'json' }
import { poseLibrarySchema, type Pose } from './pose-schema'

/** The shipped poses, validated once when the module loads: a bad pose fails loudly, not silently. */
const library = poseLibrarySchema.parse(rawPoses)
const byId = new Map<string, Pose>(Object.entries(library))

export function hasPose(poseId: string): boolean {
  return byId.has(poseId)
}

export function poseIds(): string[] {
  return [...byId.keys()].sort()
}

export function getPose(poseId: string): Pose {
  const pose = byId.get(poseId)
  if (!pose) throw new Error(`Unknown pose id: ${JSON.stringify(String(poseId).slice(0, 80))}`)
  return pose
}
