import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const created = vi.hoisted(() => ({ options: [] as Record<string, unknown>[], loaded: [] as string[] }))

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    constructor(options: Record<string, unknown>) {
      created.options.push(options)
    }
    once = vi.fn()
    on = vi.fn()
    loadURL = vi.fn(async (url: string) => { created.loaded.push(url) })
  }
  return {
    BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] }
  }
})

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'physioplan-window-'))
  created.options.length = 0
  created.loaded.length = 0
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('main window', () => {
  it('is created hidden with the secure preferences and loads the app entry', async () => {
    const { createMainWindow } = await import('../../electron/main/window')
    const appEntry = new URL('file:///opt/physioplan/out/renderer/index.html')
    createMainWindow({ preloadPath: '/opt/preload.cjs', appEntry, stateFile: join(dir, 'state.json'), isAppUrl: () => true })

    const options = created.options[0]!
    expect(options).toMatchObject({ width: 1280, height: 800, show: false })
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    expect(created.loaded).toEqual([appEntry.href])
  })

  it('reopens at the remembered size and position', async () => {
    const { createMainWindow } = await import('../../electron/main/window')
    const { writeWindowState } = await import('../../electron/main/window-state')
    const stateFile = join(dir, 'state.json')
    writeWindowState(stateFile, { bounds: { x: 200, y: 100, width: 1400, height: 900 }, maximized: false })
    createMainWindow({ preloadPath: '/p.cjs', appEntry: new URL('file:///a/index.html'), stateFile, isAppUrl: () => true })
    expect(created.options[0]).toMatchObject({ x: 200, y: 100, width: 1400, height: 900 })
  })
})
