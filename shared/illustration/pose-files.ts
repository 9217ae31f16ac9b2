import rawPoses from '../../data/poses.json' with { type: 'json' }
import lowerPoses from '../../data/poses/lower.json' with { type: 'json' }
import upperPoses from '../../data/poses/upper.json' with { type: 'json' }

/** Pose files, one per group of exercises; an id defined twice is an error, not a silent override. */
export const poseFiles: readonly { source: string; data: unknown }[] = [
  { source: 'data/poses.json', data: rawPoses },
  { source: 'data/poses/upper.json', data: upperPoses },
  { source: 'data/poses/lower.json', data: lowerPoses }
]
