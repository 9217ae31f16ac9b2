import { describe, expect, it } from 'vitest'
import { defaultWindowState, restoreWindowState } from '../../electron/main/window-state'

const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }]

describe('restoreWindowState', () => {
  it('keeps a position that is still on a display', () => {
    const saved = { bounds: { x: 40, y: 30, width: 1300, height: 820 }, maximized: true }
    expect(restoreWindowState(saved, laptop)).toEqual(saved)
  })

  it('drops a position left on a monitor that is no longer connected, keeping the size', () => {
    const saved = { bounds: { x: 2500, y: 100, width: 1300, height: 820 }, maximized: false }
    expect(restoreWindowState(saved, laptop)).toEqual({ bounds: { width: 1300, height: 820 }, maximized: false })
  })

  it('never restores a window smaller than the minimum size', () => {
    const saved = { bounds: { x: 0, y: 0, width: 300, height: 200 }, maximized: false }
    expect(restoreWindowState(saved, laptop).bounds).toMatchObject({ width: 1024, height: 680 })
  })

  it('falls back to the default for a missing or damaged file', () => {
    expect(restoreWindowState(undefined, laptop)).toEqual(defaultWindowState)
    expect(restoreWindowState({ bounds: { width: 'wide' }, maximized: false }, laptop)).toEqual(defaultWindowState)
  })
})
