import { add, apply, chain, rotX, rotY, rotZ, type Mat3, type Vec3 } from './math3d'
import type { Frame, Landmark } from './pose-schema'

/**
 * Forward kinematics of the figure. Units: a standing adult is about 100 tall. Room axes: x is
 * where the figure faces when the pelvis is untwisted, y is up, z is the figure's right.
 */
export interface Capsule { a: Vec3; b: Vec3; r: number }
export interface BodyChain { name: string; capsules: Capsule[] }
/** Where a hand or foot sits and how it is turned: its wrist or ankle, and its local frame (for close-ups). */
export interface EndFrame { origin: Vec3; frame: Mat3; side: 1 | -1; root: Vec3 }
export interface Body {
  chains: BodyChain[]; head: { center: Vec3; nose: Vec3; r: number }; landmarks: Record<Landmark, Capsule>
  ends: { rightHand: EndFrame; rightFoot: EndFrame }
}

type Side = 'left' | 'right'
const LEN = { pelvis: 6, lumbar: 11, thoracic: 15, neck: 5.5, thigh: 24, shin: 23.5, upperArm: 18, forearm: 15, hand: 5.5 }
const RADIUS = { pelvis: 6.5, waist: 5.7, chest: 6.4, neck: 2.9, head: 6.3, thigh: 5, shin: 3.7, foot: 2.2, upperArm: 3.3, forearm: 2.7, hand: 2.1 }

const capsule = (a: Vec3, b: Vec3, r: number): Capsule => ({ a, b, r })
const at = (origin: Vec3, frame: Mat3, local: Vec3): Vec3 => add(origin, apply(frame, local))

function spineJoint(j: { flex?: number; side?: number; rot?: number } | undefined): Mat3 {
  return chain(rotZ(-(j?.flex ?? 0)), rotX(j?.side ?? 0), rotY(-(j?.rot ?? 0)))
}

/** Flexion about the segment's right axis, abduction away from the midline, external rotation. */
function ballJoint(side: Side, flex = 0, abd = 0, rot = 0): Mat3 {
  const s = side === 'right' ? 1 : -1
  return chain(rotZ(flex), rotX(-s * abd), rotY(-s * rot))
}

function leg(side: Side, frame: Frame, pelvisFrame: Mat3, root: Vec3) {
  const j = { ...frame.legs, ...(side === 'left' ? frame.leftLeg : frame.rightLeg) }
  const s = side === 'right' ? 1 : -1
  const hip = at(root, pelvisFrame, [0, 0, s * 5])
  const thighFrame = chain(pelvisFrame, ballJoint(side, j.hipFlex, j.hipAbd, j.hipRot))
  const knee = at(hip, thighFrame, [0, -LEN.thigh, 0])
  const shinFrame = chain(thighFrame, rotZ(-(j.knee ?? 0)))
  const ankle = at(knee, shinFrame, [0, -LEN.shin, 0])
  // Inversion turns the sole in about the foot's long axis (seen from the front or above).
  const footFrame = chain(shinFrame, rotZ(j.ankle ?? 0), rotX(s * (j.ankleInv ?? 0)))
  const heel = at(ankle, footFrame, [-1.2, -2.3, 0])
  const toe = at(ankle, footFrame, [10.5, -2.3, 0])
  return {
    end: { origin: ankle, frame: footFrame, side: s, root: knee } as EndFrame,
    chain: { name: `${side}Leg`, capsules: [capsule(hip, knee, RADIUS.thigh), capsule(knee, ankle, RADIUS.shin), capsule(heel, toe, RADIUS.foot)] },
    knee: capsule(knee, knee, RADIUS.thigh),
    shin: capsule(knee, ankle, RADIUS.shin),
    foot: capsule(heel, toe, RADIUS.foot),
    toe: capsule(toe, toe, RADIUS.foot),
    heel: capsule(heel, heel, RADIUS.foot)
  }
}

function arm(side: Side, frame: Frame, chestFrame: Mat3, neckBase: Vec3) {
  const j = { ...frame.arms, ...(side === 'left' ? frame.leftArm : frame.rightArm) }
  const s = side === 'right' ? 1 : -1
  // The shoulder blade carries the shoulder: up with a shrug, forward round the ribs with a push.
  const shoulder = at(neckBase, chestFrame, [(j.scapProt ?? 0) * 0.09, -3.5 + (j.scapElev ?? 0) * 0.08, s * (10 - Math.abs(j.scapProt ?? 0) * 0.03)])
  const upperFrame = chain(chestFrame, rotY(s * (j.horizAdd ?? 0)), ballJoint(side, j.shoulderFlex, j.shoulderAbd, j.shoulderRot))
  const elbow = at(shoulder, upperFrame, [0, -LEN.upperArm, 0])
  const foreFrame = chain(upperFrame, rotZ(j.elbow ?? 0))
  const wrist = at(elbow, foreFrame, [0, -LEN.forearm, 0])
  // Turning the forearm (palm up/down) changes the plane the wrist bends in; deviation tilts it sideways.
  const handFrame = chain(foreFrame, rotY(-s * (j.forearmRot ?? 0)), rotZ(j.wrist ?? 0), rotX(-s * (j.wristDev ?? 0)))
  const handEnd = at(wrist, handFrame, [0, -LEN.hand, 0])
  const forearm = capsule(elbow, wrist, RADIUS.forearm)
  return {
    end: { origin: wrist, frame: handFrame, side: s, root: elbow } as EndFrame,
    chain: { name: `${side}Arm`, capsules: [capsule(shoulder, elbow, RADIUS.upperArm), forearm, capsule(wrist, handEnd, RADIUS.hand)] },
    hand: capsule(wrist, handEnd, RADIUS.hand),
    elbow: forearm
  }
}

function torso(frame: Frame) {
  const p = frame.pelvis
  const pelvisFrame = chain(rotY(p.yaw ?? 0), rotZ(-(p.pitch ?? 0)), rotX(p.tilt ?? 0), rotY(-(p.roll ?? 0)))
  const root: Vec3 = [0, 0, 0]
  const lumbarBase = at(root, pelvisFrame, [0, LEN.pelvis, 0])
  const waistFrame = chain(pelvisFrame, spineJoint(frame.lumbar))
  const waist = at(lumbarBase, waistFrame, [0, LEN.lumbar, 0])
  const chestFrame = chain(waistFrame, spineJoint(frame.thoracic))
  const chest = at(waist, chestFrame, [0, LEN.thoracic / 2, 0])
  const neckBase = at(waist, chestFrame, [0, LEN.thoracic, 0])
  const neckFrame = chain(chestFrame, spineJoint(frame.neck))
  const neckTop = at(neckBase, neckFrame, [0, LEN.neck, 0])
  const headFrame = chain(neckFrame, spineJoint(frame.head))
  const headCenter = at(neckTop, headFrame, [0.8, 5, 0])
  const nose = at(headCenter, headFrame, [RADIUS.head + 1.2, -0.8, 0])
  const side = (s: number): { capsules: Capsule[] } => ({
    capsules: [
      capsule(at(root, pelvisFrame, [0, 1, s * 4]), at(waist, waistFrame, [0, 0, s * 3]), RADIUS.pelvis),
      capsule(at(waist, waistFrame, [0, 0, s * 3]), at(chest, chestFrame, [0, 0, s * 5]), RADIUS.waist),
      capsule(at(chest, chestFrame, [0, 0, s * 5]), at(neckBase, chestFrame, [0, -3.5, s * 8]), RADIUS.chest - 1)
    ]
  })
  const center = {
    capsules: [
      capsule(neckBase, neckTop, RADIUS.neck),
      capsule(root, lumbarBase, RADIUS.pelvis),
      capsule(lumbarBase, waist, RADIUS.waist),
      capsule(waist, chest, RADIUS.chest),
      capsule(chest, at(neckBase, chestFrame, [0, -1, 0]), RADIUS.chest)
    ]
  }
  const torsoChain: BodyChain = { name: 'torso', capsules: [...side(-1).capsules, ...center.capsules, ...side(1).capsules] }
  return { pelvisFrame, chestFrame, root, chest, neckBase, torsoChain, head: { center: headCenter, nose, r: RADIUS.head } }
}

/** Joint angles → the figure in room coordinates, pelvis at the origin. */
export function buildBody(frame: Frame): Body {
  const t = torso(frame)
  const legs = { left: leg('left', frame, t.pelvisFrame, t.root), right: leg('right', frame, t.pelvisFrame, t.root) }
  const arms = { left: arm('left', frame, t.chestFrame, t.neckBase), right: arm('right', frame, t.chestFrame, t.neckBase) }
  const point = (p: Vec3, r: number) => capsule(p, p, r)
  return {
    chains: [t.torsoChain, legs.left.chain, legs.right.chain, arms.left.chain, arms.right.chain],
    head: t.head,
    ends: { rightHand: arms.right.end, rightFoot: legs.right.end },
    landmarks: {
      head: point(t.head.center, RADIUS.head), chest: point(t.chest, RADIUS.chest), pelvis: point(t.root, RADIUS.pelvis),
      leftHand: arms.left.hand, rightHand: arms.right.hand, leftElbow: arms.left.elbow, rightElbow: arms.right.elbow,
      leftKnee: legs.left.knee, rightKnee: legs.right.knee, leftFoot: legs.left.foot, rightFoot: legs.right.foot,
      leftShin: legs.left.shin, rightShin: legs.right.shin, leftToe: legs.left.toe, rightToe: legs.right.toe,
      leftHeel: legs.left.heel, rightHeel: legs.right.heel
    }
  }
}
