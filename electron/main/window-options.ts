import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

/** All security-relevant web preferences live here, and a test pins them. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true
  }
}

export interface Bounds {
  x?: number
  y?: number
  width: number
  height: number
}

export function mainWindowOptions(preloadPath: string, bounds: Bounds): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'PhysioPlan',
    backgroundColor: '#f6f7f8',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath)
  }
}
