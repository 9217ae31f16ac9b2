import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { mainWindowOptions } from './window-options'
import { lockNavigation } from './security'
import { readWindowState, restoreWindowState, writeWindowState } from './window-state'

export interface WindowConfig {
  preloadPath: string
  appEntry: URL
  stateFile: string
  isAppUrl: (url: string) => boolean
}

export function createMainWindow(config: WindowConfig): BrowserWindow {
  const areas = screen.getAllDisplays().map((display) => display.workArea)
  const state = restoreWindowState(readWindowState(config.stateFile), areas)
  const window = new BrowserWindow(mainWindowOptions(config.preloadPath, state.bounds))

  lockNavigation(window.webContents, config.isAppUrl)
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    window.show()
  })
  window.on('close', () => {
    writeWindowState(config.stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() })
  })
  void window.loadURL(config.appEntry.href)
  return window
}

export const preloadPath = (mainDir: string): string => join(mainDir, '../preload/index.cjs')
