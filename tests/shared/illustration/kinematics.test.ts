import { describe, expect, it } from 'vitest'
import { allPoses } from '../../../shared/illustration/pose-library'
import type { Frame, Landmark, Pose } from '../../../shared/illustration/pose-schema'
import { lowestPoint, restingLift, STEP_HEIGHT } from '../../../shared/illustration/scene'
import { buildBody } from '../../../shared/illustration/skeleton'

const library = allPoses()
/** About 3 cm on a 170 cm adult: invisible at card and print sizes. */
const TOLERANCE = 2
/** Hands and feet must lie flat (both ends down); other parts need only touch. */
const FLAT: Landmark[] = ['leftHand', 'rightHand', 'leftFoot', 'rightFoot']

/** Above the floor, or above the step's top when the figure stands on a step. */
function heightsAboveFloor(frame: Frame, part: Landmark, props: Pose['props'] = []): number[] {
  const body = buildBody(frame)
  const c = body.landmarks[part]
  const stand = props.find((p) => p.kind === 'step' && p.stand)
  const lift = restingLift(body, { props }) - (stand?.kind === 'step' ? stand.height ?? STEP_HEIGHT : 0)
  return [c.a[1] - c.r + lift, c.b[1] - c.r + lift]
}

describe('figure kinematics', () => {
  const standing = (extra: Partial<Frame>): ReturnType<typeof buildBody> => buildBody({ pelvis: {}, ...extra })

  it('bends knees backwards only: a flexed knee puts the ankle behind the knee', () => {
    const b = standing({ legs: { knee: 90 } })
    expect(b.landmarks.rightShin.b[0]).toBeLessThan(b.landmarks.rightShin.a[0] - 20)
  })

  it('bends elbows forwards only: a flexed elbow puts the hand in front of the elbow', () => {
    const b = standing({ arms: { elbow: 90 } })
    expect(b.landmarks.rightHand.a[0]).toBeGreaterThan(b.landmarks.rightElbow.a[0] + 10)
  })

  it('flexes the hip and the shoulder forwards and abducts limbs away from the midline', () => {
    const b = standing({ legs: { hipFlex: 90 }, arms: { shoulderAbd: 90 } })
    expect(b.landmarks.rightKnee.a[0]).toBeGreaterThan(20)
    expect(b.landmarks.rightHand.b[2]).toBeGreaterThan(30)
    expect(b.landmarks.leftHand.b[2]).toBeLessThan(-30)
  })

  it('stands a neutral figure about 100 units tall with its feet flat', () => {
    const b = standing({})
    const lift = -lowestPoint(b)
    expect(b.head.center[1] + b.head.r + lift).toBeGreaterThan(95)
    expect(b.head.center[1] + b.head.r + lift).toBeLessThan(105)
    expect(heightsAboveFloor({ pelvis: {} }, 'rightFoot').every((h) => Math.abs(h) < 0.5)).toBe(true)
  })

  it('rests every listed contact on the floor in every frame, not floating', () => {
    const floating = Object.entries(library).flatMap(([id, pose]) => pose.frames.flatMap((frame, i) =>
      (frame.contacts ?? []).flatMap((part) => {
        const [a, b] = heightsAboveFloor(frame, part, pose.props)
        const gap = FLAT.includes(part) ? Math.max(a!, b!) : Math.min(a!, b!)
        return gap > TOLERANCE ? [`${id}[${i}] ${part} ${gap.toFixed(1)} above the floor`] : []
      })))
    expect(floating).toEqual([])
  })

  it('stands a figure on a step: the toe on its top, the lowered heel below it', () => {
    const pose = library['calf-raise-eccentric-step']!
    const [heelA, heelB] = heightsAboveFloor(pose.frames[1]!, 'rightHeel', pose.props)
    expect(Math.min(heelA!, heelB!)).toBeLessThan(-1)
    expect(Math.min(...heightsAboveFloor(pose.frames[1]!, 'rightToe', pose.props))).toBeLessThan(TOLERANCE)
  })

  it('lists floor contacts for every drawing seen from the side or the front', () => {
    const missing = Object.entries(library).filter(([, pose]) => pose.camera === 'side' || pose.camera === 'front')
      .filter(([, pose]) => pose.frames.some((f) => (f.contacts ?? []).length === 0)).map(([id]) => id)
    expect(missing).toEqual([])
  })
})
