/**
 * Joints added for the whole-body library (issue 15), kept apart from the original ranges so the
 * drawing model's core stays small. Same conventions as joint-ranges.ts; all optional, 0 when omitted.
 * - scapElev: + lifts the shoulder blade (shrug), - draws it down.
 * - scapProt: + slides the shoulder blade forward round the ribs (push), - squeezes it back (row).
 * - forearmRot: + turns the palm up (supination), - palm down (pronation); 0 is thumb up.
 * - wristDev: + tilts the hand towards the thumb (radial), - towards the little finger (ulnar).
 * - ankleInv: + turns the sole inwards (inversion), - outwards (eversion).
 * - toes: + lifts the toes (extension), - curls them (flexion, as in a towel scrunch).
 * - horizAdd: + swings the arm, raised out to the side, forwards across the body (horizontal adduction),
 *   - backwards; with shoulderAbd 90 and horizAdd 90 the arm points forwards and rotation is measured
 *   as at 90° abduction (the sleeper stretch's position).
 * - toeSpread: fans the toes apart. archLift: the arch domes up as the ball draws towards the heel.
 */
export const ARM_EXTRA_RANGES = {
  scapElev: [-15, 40],
  scapProt: [-30, 30],
  forearmRot: [-90, 90],
  wristDev: [-35, 25],
  horizAdd: [-30, 130]
} as const

export const LEG_EXTRA_RANGES = {
  ankleInv: [-25, 35],
  toes: [-40, 70],
  toeSpread: [0, 20],
  archLift: [0, 15]
} as const

/** Hand shapes for hand close-ups (tendon glides, grip, pinch, thumb opposition); 'relaxed' by default. */
export const HAND_SHAPES = ['relaxed', 'open', 'hook', 'full-fist', 'tabletop', 'straight-fist', 'pinch', 'thumb-to-finger', 'spread', 'grip', 'squeeze'] as const

export type ArmExtraJointKey = keyof typeof ARM_EXTRA_RANGES
export type LegExtraJointKey = keyof typeof LEG_EXTRA_RANGES
