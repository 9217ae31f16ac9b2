import { describe, expect, it } from 'vitest'
import { buildCloseUp } from '../../../shared/illustration/close-up'
import { allPoses } from '../../../shared/illustration/pose-library'
import type { Vec3 } from '../../../shared/illustration/math3d'

const library = allPoses()
const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])

describe('hand and foot close-ups', () => {
  it('curls the fingers tighter round the ball when the grip squeezes', () => {
    const [start, end] = library['grip-squeeze']!.frames.map((f) => buildCloseUp('hand', f))
    expect(distance(end!.points.indexTip!, end!.palm!)).toBeLessThan(distance(start!.points.indexTip!, start!.palm!) - 0.5)
  })

  it('brings the thumb tip to the fingertip it opposes, and to the index in a pinch', () => {
    const opposed = buildCloseUp('hand', library['thumb-opposition']!.frames[1]!)
    expect(distance(opposed.points.thumbTip!, opposed.points.littleTip!)).toBeLessThan(2.5)
    const pinch = buildCloseUp('hand', library['putty-grip-pinch']!.frames[1]!)
    expect(distance(pinch.points.thumbTip!, pinch.points.indexTip!)).toBeLessThan(2.5)
  })

  it('spreads the fingers apart against the band', () => {
    const [start, end] = library['finger-spread-band']!.frames.map((f) => buildCloseUp('hand', f))
    expect(distance(end!.points.indexTip!, end!.points.littleTip!)).toBeGreaterThan(distance(start!.points.indexTip!, start!.points.littleTip!) + 2)
  })

  it('curls the toes down in a towel scrunch, spreads them apart, and lifts the arch in a short foot', () => {
    const [flat, curled] = library['towel-scrunch']!.frames.map((f) => buildCloseUp('foot', f))
    expect(curled!.points.bigToe![1]).toBeLessThan(flat!.points.bigToe![1] - 0.5)
    const [together, spread] = library['toe-spreading']!.frames.map((f) => buildCloseUp('foot', f))
    expect(Math.abs(spread!.points.bigToe![2] - together!.points.bigToe![2])).toBeGreaterThan(0.5)
    const [low, high] = library['short-foot']!.frames.map((f) => buildCloseUp('foot', f))
    expect(high!.points.arch![1]).toBeGreaterThan(low!.points.arch![1] + 1)
  })

  it('draws the foot band exercise with its four directions', () => {
    expect(library['ankle-band-4-way']!.arrows).toHaveLength(4)
  })
})
