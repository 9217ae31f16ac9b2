import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ARM_RANGES as ARM_CORE, LEG_RANGES as LEG_CORE, SPINE_RANGES } from '../../../shared/illustration/joint-ranges'
import { ARM_EXTRA_RANGES, LEG_EXTRA_RANGES } from '../../../shared/illustration/joint-ranges-extra'
import { poseLibrarySchema, type Frame } from '../../../shared/illustration/pose-schema'
import { hasPose, poseIds } from '../../../shared/illustration'
import { allPoses } from '../../../shared/illustration/pose-library'
import { library as exerciseLibrary } from '../../../shared/library'
import { EXPECTED_POSE_IDS, MOVING_POSE_IDS } from './expected-poses'

const library = allPoses()
const ARM_RANGES = { ...ARM_CORE, ...ARM_EXTRA_RANGES }
const LEG_RANGES = { ...LEG_CORE, ...LEG_EXTRA_RANGES }
const frames = Object.entries(library).flatMap(([id, pose]) => pose.frames.map((frame, i) => ({ id, i, frame })))

/** Every angle in a frame with the range it must respect, so a failure names the joint. */
function anglesOf(frame: Frame): { joint: string; value: number; range: readonly [number, number] }[] {
  const out: { joint: string; value: number; range: readonly [number, number] }[] = []
  for (const segment of Object.keys(SPINE_RANGES) as (keyof typeof SPINE_RANGES)[]) {
    for (const [key, value] of Object.entries(frame[segment] ?? {})) {
      out.push({ joint: `${segment}.${key}`, value, range: SPINE_RANGES[segment][key as 'flex' | 'side' | 'rot'] })
    }
  }
  for (const limb of ['legs', 'leftLeg', 'rightLeg'] as const) {
    for (const [key, value] of Object.entries(frame[limb] ?? {})) {
      if (typeof value === 'number') out.push({ joint: `${limb}.${key}`, value, range: LEG_RANGES[key as keyof typeof LEG_RANGES] })
    }
  }
  for (const limb of ['arms', 'leftArm', 'rightArm'] as const) {
    for (const [key, value] of Object.entries(frame[limb] ?? {})) {
      if (typeof value === 'number') out.push({ joint: `${limb}.${key}`, value, range: ARM_RANGES[key as keyof typeof ARM_RANGES] })
    }
  }
  return out
}

describe('pose data', () => {
  it('has exactly one pose for every exercise (the fixed back-care list and every library exercise)', () => {
    const drawn = exerciseLibrary.exerciseList.filter((e) => !e.noDrawingYet)
    const expected = new Set([...EXPECTED_POSE_IDS, ...drawn.map((e) => e.poseId)])
    expect(poseIds()).toEqual([...expected].sort())
    for (const id of EXPECTED_POSE_IDS) expect(hasPose(id), id).toBe(true)
  })

  it('covers every poseId used by the exercise library', () => {
    const folder = join(import.meta.dirname, '../../../data/exercises')
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')) : []
    const used = files.flatMap((f) => (JSON.parse(readFileSync(join(folder, f), 'utf8')) as { poseId?: string }[]).map((e) => e.poseId))
    const undrawn = new Set(exerciseLibrary.exerciseList.filter((e) => e.noDrawingYet).map((e) => e.id))
    for (const id of used.filter((x): x is string => typeof x === 'string' && !undrawn.has(x))) expect(hasPose(id), id).toBe(true)
  })

  it('keeps every joint angle inside its human range', () => {
    const outside = frames.flatMap(({ id, i, frame }) =>
      anglesOf(frame).filter((a) => a.value < a.range[0] || a.value > a.range[1]).map((a) => `${id}[${i}] ${a.joint}=${a.value}`))
    expect(outside).toEqual([])
    expect(frames.flatMap(({ frame }) => anglesOf(frame)).length).toBeGreaterThan(300)
  })

  it('never bends a knee or an elbow the wrong way', () => {
    expect(LEG_RANGES.knee[0]).toBe(0)
    expect(ARM_RANGES.elbow[0]).toBe(0)
    const frame = { pelvis: {}, legs: { knee: -10 } }
    expect(poseLibrarySchema.safeParse({ bad: { camera: 'side', props: [], frames: [frame] } }).success).toBe(false)
    const elbow = { pelvis: {}, arms: { elbow: -5 } }
    expect(poseLibrarySchema.safeParse({ bad: { camera: 'side', props: [], frames: [elbow] } }).success).toBe(false)
  })

  it('gives moving exercises a start and an end frame and an arrow', () => {
    for (const id of MOVING_POSE_IDS) {
      expect(library[id]?.frames.length, id).toBe(2)
      expect(library[id]?.arrow, id).toBeDefined()
    }
  })

  it('draws variations differently from the exercise they vary', () => {
    const pairs = [['childs-pose', 'childs-pose-wide-knee'], ['childs-pose', 'childs-pose-arms-by-sides'], ['childs-pose', 'childs-pose-supported'],
      ['cat-cow', 'seated-cat-cow'], ['supine-twist', 'supine-twist-small-range'], ['plank', 'plank-from-knees'], ['side-plank', 'side-plank-knees']]
    for (const [a, b] of pairs) expect(JSON.stringify(library[a!]), `${a} vs ${b}`).not.toEqual(JSON.stringify(library[b!]))
  })

  it('refuses a movement without an arrow, and an arrow point that does not fit the drawing', () => {
    const frame = { pelvis: {} }
    expect(poseLibrarySchema.safeParse({ a: { camera: 'side', props: [], frames: [frame, frame] } }).success).toBe(false)
    expect(poseLibrarySchema.safeParse({ a: { camera: 'side', props: [], frames: [frame, frame], arrow: { at: 'thumbTip' } } }).success).toBe(false)
    expect(poseLibrarySchema.safeParse({ a: { camera: 'side', props: [], frames: [frame, frame], arrow: { at: 'rightHand' }, closeUp: 'hand' } }).success).toBe(false)
    expect(poseLibrarySchema.safeParse({ a: { camera: 'side', props: [], frames: [frame, frame], arrow: { at: 'thumbTip' }, closeUp: 'hand' } }).success).toBe(true)
  })

  it('rejects unknown keys and ids that are not slugs', () => {
    const ok = { camera: 'side', props: [], frames: [{ pelvis: {} }] }
    expect(poseLibrarySchema.safeParse({ 'a-b': ok }).success).toBe(true)
    expect(poseLibrarySchema.safeParse({ 'A<b>': ok }).success).toBe(false)
    expect(poseLibrarySchema.safeParse({ 'a-b': { ...ok, script: 'x' } }).success).toBe(false)
  })
})
