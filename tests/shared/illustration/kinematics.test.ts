import { describe, expect, it } from 'vitest'
import { allPoses } from '../../../shared/illustration/pose-library'
import type { Frame, Landmark, Pose } from '../../../shared/illustration/pose-schema'
import { lowestPoint, restingLift, surfaceHeight } from '../../../shared/illustration/scene'
import { buildBody } from '../../../shared/illustration/skeleton'

const library = allPoses()
/** About 3 cm on a 170 cm adult: invisible at card and print sizes. */
const TOLERANCE = 2
/** Hands and feet must lie flat (both ends down); other parts need only touch. */
const FLAT: Landmark[] = ['leftHand', 'rightHand', 'leftFoot', 'rightFoot']

/** Above the floor, or above the step's or the bed's top when the figure stands on a step or lies on a bed. */
function heightsAboveFloor(frame: Frame, part: Landmark, props: Pose['props'] = []): number[] {
  const body = buildBody(frame)
  const c = body.landmarks[part]
  const lift = restingLift(body, { props }) - surfaceHeight({ props })
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

  it('lies a figure on a bed: the thighs on the mattress, the lower legs past its end and clear of the floor', () => {
    const pose = library['prone-knee-hang']!
    const bed = pose.props.find((p) => p.kind === 'bed')
    expect(bed?.kind).toBe('bed')
    for (const frame of pose.frames) {
      const body = buildBody(frame)
      const lift = restingLift(body, pose) - surfaceHeight(pose)
      const thigh = body.chains.find((c) => c.name === 'rightLeg')!.capsules[0]!
      // The thigh's underside rests on the mattress, not above it or sunk into it (the pelvis, a little
      // deeper, sets the height: the thigh may sit a hair above it).
      expect(Math.abs(Math.min(thigh.a[1], thigh.b[1]) - thigh.r + lift)).toBeLessThan(TOLERANCE + 1)
      // Knee to foot hang free: nothing of the lower leg reaches the floor.
      const foot = body.landmarks.rightFoot
      expect(Math.min(foot.a[1], foot.b[1]) - foot.r + restingLift(body, pose)).toBeGreaterThan(5)
    }
  })

  it('drops and lifts the pelvis on the free side when standing on one leg on a step (hip hitch)', () => {
    const pose = library['hip-hitch']!
    const freeHip = (frame: Frame) => buildBody(frame).landmarks.leftKnee.a[1] + restingLift(buildBody(frame), pose)
    expect(freeHip(pose.frames[1]!)).toBeGreaterThan(freeHip(pose.frames[0]!) + 2)
  })

  it('eases the forearm down towards the feet in the sleeper stretch: fingers up at the start, lower and towards the feet at the end', () => {
    const pose = library['sleeper-stretch']!
    const [start, end] = pose.frames.map((f) => buildBody(f))
    const forearm = (b: ReturnType<typeof buildBody>) => b.landmarks.rightElbow
    const rise = (b: ReturnType<typeof buildBody>) => forearm(b).b[1] - forearm(b).a[1]
    // Lying on the right side the figure's feet point along +x in the room (its head towards -x).
    const towardsFeet = (b: ReturnType<typeof buildBody>) => forearm(b).b[0] - forearm(b).a[0]
    expect(rise(start!)).toBeGreaterThan(13)
    expect(rise(end!)).toBeLessThan(rise(start!) - 3)
    expect(towardsFeet(end!)).toBeGreaterThan(towardsFeet(start!) + 8)
  })

  it('lists floor contacts for every drawing seen from the side or the front', () => {
    // Close-ups set the hand or foot down themselves; whole figures say what rests on the floor.
    const missing = Object.entries(library).filter(([, pose]) => !pose.closeUp && (pose.camera === 'side' || pose.camera === 'front'))
      .filter(([, pose]) => pose.frames.some((f) => (f.contacts ?? []).length === 0)).map(([id]) => id)
    expect(missing).toEqual([])
  })
})
