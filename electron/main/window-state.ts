import { readFileSync, writeFileSync } from 'node:fs'
import type { Bounds } from './window-options'

export interface WindowState {
  bounds: Bounds
  maximized: boolean
}

export interface Area {
  x: number
  y: number
  width: number
  height: number
}

export const defaultWindowState: WindowState = { bounds: { width: 1280, height: 800 }, maximized: false }

function overlaps(bounds: Bounds, area: Area): boolean {
  if (bounds.x === undefined || bounds.y === undefined) return false
  return bounds.x < area.x + area.width - 100 && bounds.x + bounds.width > area.x + 100 && bounds.y >= area.y - 10 && bounds.y < area.y + area.height - 50
}

/**
 * A remembered position is only used if it is still on a connected display
 * (a laptop undocked from its monitor must not open the window off-screen).
 */
export function restoreWindowState(saved: unknown, workAreas: Area[]): WindowState {
  if (!isWindowState(saved)) return defaultWindowState
  const { bounds } = saved
  const size = { width: Math.max(1024, bounds.width), height: Math.max(680, bounds.height) }
  const onScreen = workAreas.some((area) => overlaps(bounds, area))
  return { bounds: onScreen ? { ...size, x: bounds.x, y: bounds.y } : size, maximized: saved.maximized }
}

function isWindowState(value: unknown): value is WindowState {
  if (typeof value !== 'object' || value === null) return false
  const { bounds, maximized } = value as Partial<WindowState>
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n)
  return typeof maximized === 'boolean' && !!bounds && finite(bounds.width) && finite(bounds.height) &&
    (bounds.x === undefined || finite(bounds.x)) && (bounds.y === undefined || finite(bounds.y))
}

export function readWindowState(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state))
  } catch {
    // Losing the window position is harmless; never let it block closing the app.
  }
}
