import { poseFiles } from './pose-files'
import { poseLibrarySchema, type Pose } from './pose-schema'

/**
 * The shipped poses, validated, as [id, pose] in file order: a bad pose fails loudly. The CLI's
 * build validates them once and bundles the result in place of this module (scripts/build-cli.mjs).
 */
export function parsedShippedPoses(): [string, Pose][] {
  const byId = new Map<string, Pose>()
  for (const file of poseFiles) {
    const parsed = poseLibrarySchema.safeParse(file.data)
    if (!parsed.success) throw new Error(`${file.source}: ${parsed.error.message}`)
    for (const [id, pose] of Object.entries(parsed.data)) {
      if (byId.has(id)) throw new Error(`${file.source}: pose "${id}" is already defined in another pose file`)
      byId.set(id, pose)
    }
  }
  return [...byId]
}
