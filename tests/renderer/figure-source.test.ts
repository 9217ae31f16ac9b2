import { describe, expect, it, vi } from 'vitest'
import { poseIds, renderPoseSvg } from '../../shared/illustration'
import type * as Illustration from '../../shared/illustration'

// The real drawing, counted: the cache's point is that each pose and size is drawn once.
const drawn = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../shared/illustration', async (importOriginal) => {
  const real = await importOriginal<typeof Illustration>()
  return { ...real, renderPoseSvg: (...args: Parameters<typeof real.renderPoseSvg>) => (drawn.count++, real.renderPoseSvg(...args)) }
})
import { figureSource } from '../../renderer/src/ui/figure-source'

describe('figureSource', () => {
  const poseId = poseIds()[0]!

  it('is the pose drawn at the size asked for, as an image URL', () => {
    const url = figureSource(poseId, 84, 63)!
    expect(decodeURIComponent(url.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))).toBe(renderPoseSvg(poseId, { width: 84, height: 63 }))
  })

  it('draws each pose and size once: asked again, it does not draw again', () => {
    const before = drawn.count
    const first = figureSource(poseId, 72, 54)
    expect(figureSource(poseId, 72, 54)).toBe(first)
    expect(drawn.count).toBe(before + 1)
    expect(figureSource(poseId, 84, 63)).not.toBe(first)
  })

  it('has nothing for a pose without a drawing', () => {
    expect(figureSource('no-such-pose', 72, 54)).toBeUndefined()
  })
})
