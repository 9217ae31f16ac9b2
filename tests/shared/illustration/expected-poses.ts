/** The fixed list of pose ids the exercise library relies on (one per exercise and variation). */
export const EXPECTED_POSE_IDS = [
  'childs-pose', 'childs-pose-wide-knee', 'childs-pose-arms-by-sides', 'childs-pose-supported',
  'cat-cow', 'seated-cat-cow', 'sphinx', 'prone-press-up', 'supine-twist', 'supine-twist-small-range',
  'legs-up-the-wall', 'legs-on-chair', 'knee-to-chest-single', 'knee-to-chest-double',
  'seated-spinal-twist', 'chair-twist', 'thread-the-needle', 'figure-4-supine', 'figure-4-seated',
  'figure-4-wall', 'standing-back-extension', 'wall-supported-extension', 'standing-side-stretch',
  'pelvic-tilt', 'pelvic-tilt-standing', 'glute-bridge', 'bird-dog', 'bird-dog-leg-reach', 'dead-bug',
  'heel-slides', 'plank', 'plank-from-knees', 'incline-plank', 'wall-plank', 'side-plank',
  'side-plank-knees', 'hamstring-stretch-strap', 'seated-hip-hinge', 'hip-flexor-kneeling',
  'hip-flexor-standing', 'chin-tucks', 'wall-angels', 'open-book', 'crook-lying-rest', 'side-lying-rest'
]

/** Poses that show a movement: start drawn light, end drawn over it, with an arrow. */
export const MOVING_POSE_IDS = [
  'cat-cow', 'seated-cat-cow', 'knee-to-chest-single', 'standing-back-extension', 'pelvic-tilt',
  'pelvic-tilt-standing', 'glute-bridge', 'bird-dog', 'bird-dog-leg-reach', 'dead-bug', 'heel-slides',
  'chin-tucks', 'wall-angels', 'open-book'
]
