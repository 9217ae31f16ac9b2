import { describe, expect, it } from 'vitest'
import { poseDrawing } from '../../../shared/illustration'
import { ARROW, PALETTE } from '../../../shared/illustration/drawing'
import { allPoses } from '../../../shared/illustration/pose-library'
import { colours } from '../../../shared/handout/theme'
import { contrast, luminance } from '../wcag-contrast'

const APP_ACCENT = '#147d78'
const ACCENT = '#123456'
const moving = Object.entries(allPoses()).filter(([, pose]) => pose.frames.length === 2).map(([id]) => id)

describe('drawings printed in greyscale', () => {
  it('draws the start position dark enough to survive an office printer, yet lighter than the end position', () => {
    for (const panel of [colours.drawingPanel, '#ffffff']) {
      expect(contrast(PALETTE.ghost.ink, panel), `ghost on ${panel}`).toBeGreaterThanOrEqual(3)
      expect(contrast(PALETTE.ghostFar.ink, panel), `far ghost on ${panel}`).toBeGreaterThanOrEqual(2.5)
      expect(contrast(PALETTE.far.ink, panel), `far limb on ${panel}`).toBeGreaterThanOrEqual(3)
    }
    expect(luminance(PALETTE.ghost.ink)).toBeGreaterThan(luminance(PALETTE.near.ink) * 3)
    expect(luminance(PALETTE.ghostFar.ink)).toBeGreaterThan(luminance(PALETTE.ghost.ink))
    // An outline figure: the start's fill is lighter than the end's, so the two read apart in grey.
    expect(luminance(PALETTE.ghost.fill)).toBeGreaterThan(luminance(PALETTE.near.fill) + 0.1)
  })

  it('draws arrows in an accent that stays dark in grey, bold, with a white halo', () => {
    for (const accent of [APP_ACCENT, colours.accent]) expect(contrast(accent, colours.drawingPanel), accent).toBeGreaterThanOrEqual(4.5)
    expect(ARROW.shaft).toBeGreaterThanOrEqual(2.5)
    expect(ARROW.head).toBeGreaterThanOrEqual(2 * ARROW.shaft)
  })

  it('shows both positions of every movement: an outline start and a bold arrow', () => {
    expect(moving.length).toBeGreaterThan(100)
    const missing = moving.flatMap((id) => {
      const shapes = poseDrawing(id, { accent: ACCENT }).shapes
      const start = shapes.some((s) => s.stroke === PALETTE.ghost.ink || s.stroke === PALETTE.ghostFar.ink)
      const shaft = shapes.some((s) => s.type === 'line' && s.stroke === ACCENT && s.strokeWidth >= ARROW.shaft)
      const halo = shapes.some((s) => s.type === 'line' && s.stroke === '#ffffff' && s.strokeWidth > ARROW.shaft)
      return [...(start ? [] : [`${id}: no start position`]), ...(shaft && halo ? [] : [`${id}: no bold arrow`])]
    })
    expect(missing).toEqual([])
  })
})
