import rawPoses from '../../data/poses.json' with { type: 'json' }
import lowerPoses from '../../data/poses/lower.json' with { type: 'json' }
import upperPoses from '../../data/poses/upper.json' with { type: 'json' }
import { poseLibrarySchema, type Pose } from './pose-schema'

/** Pose files, one per group of exercises; an id defined twice is an error, not a silent override. */
export const poseFiles: readonly { source: string; data: unknown }[] = [
  { source: 'data/poses.json', data: rawPoses },
  { source: 'data/poses/upper.json', data: upperPoses },
  { source: 'data/poses/lower.json', data: lowerPoses }
]

/** The shipped poses, validated on first use (not at module load, which would delay start-up): a bad pose fails loudly. */
function loadPoses(): Map<string, Pose> {
  const byId = new Map<string, Pose>()
  for (const file of poseFiles) {
    const parsed = poseLibrarySchema.safeParse(file.data)
    if (!parsed.success) throw new Error(`${file.source}: ${parsed.error.message}`)
    for (const [id, pose] of Object.entries(parsed.data)) {
      if (byId.has(id)) throw new Error(`${file.source}: pose "${id}" is already defined in another pose file`)
      byId.set(id, pose)
    }
  }
  return byId
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
