import { describe, expect, it } from 'vitest'
import { poseDrawing } from '../../../shared/illustration'
import { PALETTE } from '../../../shared/illustration/drawing'
import { buildCloseUp } from '../../../shared/illustration/close-up'
import { allPoses } from '../../../shared/illustration/pose-library'
import type { Vec3 } from '../../../shared/illustration/math3d'
import { projectFrame, resolveCamera, restingLift, viewMatrix } from '../../../shared/illustration/scene'
import { buildBody, type Body } from '../../../shared/illustration/skeleton'
import { blobVisibleShare, visibleShare } from './visibility'

/**
 * Drawings checked against their exercise's own steps (data/exercises): the side the body lies on,
 * what supports it, and the start and end positions. Room axes: y up, z the figure's right.
 */
const library = allPoses()
const bodies = (id: string): Body[] => library[id]!.frames.map((f) => buildBody(f))
const height = (id: string, b: Body, p: Vec3) => p[1] + restingLift(b, library[id]!)
const limb = (b: Body, name: string) => b.chains.find((c) => c.name === name)!.capsules
const sub = (a: Vec3, c: Vec3): Vec3 => [a[0] - c[0], a[1] - c[1], a[2] - c[2]]
const angleDeg = (u: Vec3, v: Vec3) =>
  (Math.acos((u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (Math.hypot(...u) * Math.hypot(...v))) * 180) / Math.PI

describe('drawings show what the steps say', () => {
  it('side plank: on the right side, forearm under the shoulder, hips lifted into a straight line, top arm resting', () => {
    const [start, end] = bodies('side-plank')
    expect(end, 'two frames: hips down, then lifted').toBeDefined()
    const [rightUpper] = limb(end!, 'rightArm')
    const [leftUpper, , leftHand] = limb(end!, 'leftArm')
    // "Lie on your right side": the right shoulder is the lower one.
    expect(rightUpper!.a[1]).toBeLessThan(leftUpper!.a[1] - 10)
    // "Elbow under your shoulder": the upper arm is upright.
    expect(Math.hypot(rightUpper!.a[0] - rightUpper!.b[0], rightUpper!.a[2] - rightUpper!.b[2])).toBeLessThan(3)
    // "A straight line from head to feet".
    const ankle = limb(end!, 'rightLeg')[1]!.b
    expect(angleDeg(sub(end!.head.center, end!.landmarks.pelvis.a), sub(end!.landmarks.pelvis.a, ankle))).toBeLessThan(8)
    // The top arm rests along the body; it is not flung up.
    expect(leftHand!.b[1]).toBeLessThan(leftUpper!.a[1] + 3)
    // "Lift your hips": the hips start lower than they end.
    expect(height('side-plank', start!, start!.landmarks.pelvis.a)).toBeLessThan(height('side-plank', end!, end!.landmarks.pelvis.a) - 8)
  })
})

describe('what the steps use is in view', () => {
  it('inner-thigh squeeze: the pillow between the knees mostly shows', () => {
    const shapes = poseDrawing('adductor-squeeze').shapes
    const pillow = shapes.findIndex((s) => s.type === 'rect' && s.fill === PALETTE.prop.fill && s.h > 10)
    expect(pillow).toBeGreaterThan(-1)
    expect(visibleShare(shapes, pillow)).toBeGreaterThan(0.6)
  })
})

describe('thread the needle', () => {
  it('ends with the right arm under the body on the left, right shoulder and head down, hips over the knees, and the arm in view', () => {
    const pose = library['thread-the-needle']!
    const [start, end] = bodies('thread-the-needle')
    const [rightUpper, , rightHand] = limb(end!, 'rightArm')
    const [leftUpper] = limb(end!, 'leftArm')
    // "Slide your right arm under your left arm": the hand ends out past the left shoulder, low on the mat.
    expect(rightHand!.b[2]).toBeLessThan(leftUpper!.a[2] - 10)
    expect(height('thread-the-needle', end!, rightHand!.b)).toBeLessThan(4)
    // "Lower your right shoulder and the side of your head to the mat".
    expect(height('thread-the-needle', end!, rightUpper!.a)).toBeLessThan(height('thread-the-needle', start!, limb(start!, 'rightArm')[0]!.a) - 10)
    expect(end!.landmarks.head.a[1] - end!.landmarks.head.r + restingLift(end!, pose)).toBeLessThan(2)
    // "Keep your hips up over your knees".
    expect(Math.abs(end!.landmarks.pelvis.a[0] - end!.landmarks.rightKnee.a[0])).toBeLessThan(6)
    // Seen where the threading arm shows: most of it is not hidden behind the body.
    const view = viewMatrix(resolveCamera(pose.camera))
    const blobs = projectFrame(end!, view, restingLift(end!, pose), false).blobs
    expect(blobVisibleShare(blobs, end!.chains.findIndex((c) => c.name === 'rightArm'))).toBeGreaterThan(0.6)
  })
})

describe("wide-knee child's pose", () => {
  it('shows the knees wide apart with the big toes together, and both knees in view', () => {
    const pose = library['childs-pose-wide-knee']!
    const [body] = bodies('childs-pose-wide-knee')
    const { leftKnee, rightKnee, leftToe, rightToe } = body!.landmarks
    // "Big toes touching and your knees wide apart".
    expect(Math.abs(leftToe.a[2] - rightToe.a[2])).toBeLessThan(4)
    expect(Math.abs(leftKnee.a[2] - rightKnee.a[2])).toBeGreaterThan(30)
    // In the drawing the knees lie far apart across the page, each of them visible.
    const frame = projectFrame(body!, viewMatrix(resolveCamera(pose.camera)), restingLift(body!, pose), false)
    const xs = frame.blobs.flatMap((b) => b.discs.flatMap((d) => [d.a.x - d.r, d.a.x + d.r]))
    expect(Math.abs(frame.landmarks.leftKnee.a.x - frame.landmarks.rightKnee.a.x)).toBeGreaterThan(0.6 * (Math.max(...xs) - Math.min(...xs)))
    for (const knee of ['leftKnee', 'rightKnee'] as const) {
      const own = frame.blobs[body!.chains.findIndex((c) => c.name === (knee === 'leftKnee' ? 'leftLeg' : 'rightLeg'))]!
      const probe = { ...own, discs: [frame.landmarks[knee]] }
      expect(blobVisibleShare([...frame.blobs, probe], frame.blobs.length), knee).toBeGreaterThan(0.5)
    }
  })
})

describe('foot close-ups', () => {
  it('towel scrunch: the toe tips grip the floor and draw back towards the heel, the towel gathers under them, with arrows', () => {
    const pose = library['towel-scrunch']!
    const [flat, curled] = pose.frames.map((f) => buildCloseUp('foot', f))
    const tip = (m: typeof flat) => m!.points.bigToe!
    // Foot axes: x towards the toes, y up. "Keep your heel on the floor. Curl your toes to pull the towel in."
    expect(tip(curled)[0]).toBeLessThan(tip(flat)[0] - 1.5)
    expect(tip(curled)[1]).toBeGreaterThan(tip(flat)[1] - 1.5)
    const knuckle = (m: typeof flat) => m!.chains.find((c) => c.name === 'toe0')!.capsules[0]!.b
    expect(knuckle(curled)[1]).toBeGreaterThan(knuckle(flat)[1])
    expect(curled!.points.heel![1]).toBeCloseTo(flat!.points.heel![1], 5)
    // The drawing: a fold of towel, the curl arrow and the towel's pull.
    const shapes = poseDrawing('towel-scrunch', { accent: '#123456' }).shapes
    expect(shapes.filter((s) => s.type === 'ellipse' && s.fill === PALETTE.prop.fill)).toHaveLength(1)
    expect(shapes.filter((s) => s.type === 'polygon' && s.fill === '#123456')).toHaveLength(2)
  })

  it('foot doming: the arch lifts clearly and the ball draws towards the heel, toes staying long', () => {
    const [low, high] = library['short-foot']!.frames.map((f) => buildCloseUp('foot', f))
    expect(high!.points.arch![1]).toBeGreaterThan(low!.points.arch![1] + 2.5)
    expect(high!.points.ball![0]).toBeLessThan(low!.points.ball![0] - 1)
    const toe = (m: typeof low) => m!.chains.find((c) => c.name === 'toe0')!.capsules
    for (const c of toe(high)) expect(Math.abs(c.b[1] - c.a[1]), 'toes stay flat').toBeLessThan(0.2)
  })
})
