import { z } from 'zod'

/**
 * The body areas a clinician browses by and screens for. Exercises carry finer region tags
 * (`regions` in exercise.ts); each tag belongs to one area, so the area of an exercise is derived.
 */
export const bodyAreas = ['back', 'neck', 'shoulder', 'elbow-wrist-hand', 'hip', 'knee', 'ankle-foot', 'balance'] as const
export const bodyAreaSchema = z.enum(bodyAreas)
export type BodyArea = z.infer<typeof bodyAreaSchema>

/**
 * The area each exercise region tag belongs to (null: a tag that names no area on its own).
 * Typed against the tag list so a new tag cannot be forgotten here.
 */
export const areaOfRegion = {
  'lower-back': 'back', 'mid-back': 'back', 'upper-back': 'back', core: 'back', neck: 'neck',
  shoulders: 'shoulder', chest: 'shoulder', elbow: 'elbow-wrist-hand', 'wrist-hand': 'elbow-wrist-hand',
  hips: 'hip', glutes: 'hip', 'hip-flexors': 'hip', hamstrings: 'hip', legs: null,
  knee: 'knee', 'ankle-foot': 'ankle-foot', balance: 'balance'
} as const satisfies Record<string, BodyArea | null>

export type RegionTag = keyof typeof areaOfRegion

/** Every area an exercise's region tags reach, in the order of `bodyAreas`. */
export function areasOfRegions(tags: readonly RegionTag[]): BodyArea[] {
  const found = new Set<BodyArea>()
  for (const tag of tags) {
    const area = areaOfRegion[tag]
    if (area) found.add(area)
  }
  return bodyAreas.filter((area) => found.has(area))
}
