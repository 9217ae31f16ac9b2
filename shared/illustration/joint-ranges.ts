/**
 * Human joint ranges in degrees, [min, max]. Signs: flex + is flexion (forward bend), side + bends
 * to the right, rot + turns the front to the right (spine) or externally rotates (hip, shoulder),
 * abd + moves the limb away from the midline, ankle + lifts the toes (dorsiflexion; -60 is a passive point, as when kneeling), wrist + tilts
 * the hand the way the elbow flexes (wrist extension when the palm is on the floor). Knees only
 * bend backwards and elbows only forwards: both start at 0.
 */
export const SPINE_RANGES = {
  lumbar: { flex: [-30, 60], side: [-25, 25], rot: [-15, 15] },
  thoracic: { flex: [-25, 45], side: [-30, 30], rot: [-45, 45] },
  neck: { flex: [-50, 50], side: [-35, 35], rot: [-70, 70] },
  head: { flex: [-30, 30], side: [-10, 10], rot: [-10, 10] }
} as const

export const LEG_RANGES = {
  hipFlex: [-30, 140],
  hipAbd: [-30, 60],
  hipRot: [-40, 60],
  knee: [0, 160],
  ankle: [-60, 30]
} as const

export const ARM_RANGES = {
  shoulderFlex: [-60, 180],
  shoulderAbd: [-45, 180],
  shoulderRot: [-90, 90],
  elbow: [0, 150],
  wrist: [-90, 90]
} as const

export type SpineSegment = keyof typeof SPINE_RANGES
export type SpineJointKey = 'flex' | 'side' | 'rot'
export type LegJointKey = keyof typeof LEG_RANGES
export type ArmJointKey = keyof typeof ARM_RANGES
