import { describe, expect, it, vi } from 'vitest'
import { secureWebPreferences } from '../../electron/main/window-options'
import { contentSecurityPolicy } from '../../electron/main/csp'
import { denyAllPermissions, lockNavigation } from '../../electron/main/security'

describe('window security options', () => {
  it('isolates the page from Node and Electron', () => {
    const prefs = secureWebPreferences('/app/preload.cjs')
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })
})

describe('content security policy', () => {
  const directive = (csp: string, name: string) =>
    csp.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `))?.split(/\s+/).slice(1)

  it('allows only the app itself to run scripts in production, and never eval', () => {
    const csp = contentSecurityPolicy()
    expect(directive(csp, 'script-src')).toEqual(["'self'"])
    expect(directive(csp, 'default-src')).toEqual(["'self'"])
    expect(directive(csp, 'object-src')).toEqual(["'none'"])
    expect(directive(csp, 'base-uri')).toEqual(["'none'"])
    expect(csp).not.toContain('unsafe-eval')
  })

  it('names no remote origin in production', () => {
    expect(contentSecurityPolicy()).not.toMatch(/https?:|wss?:|\*/)
  })

  it('relaxes only for the local dev server', () => {
    const csp = contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' })
    expect(directive(csp, 'script-src')).toContain('http://localhost:5173')
    expect(directive(csp, 'connect-src')).toContain('ws://localhost:5173')
  })
})

describe('session and navigation hardening', () => {
  it('denies every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    denyAllPermissions(session as never)
    const grant = vi.fn()
    session.setPermissionRequestHandler.mock.calls[0]![0]({}, 'media', grant)
    expect(grant).toHaveBeenCalledWith(false)
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]()).toBe(false)
  })

  it('blocks navigation away from the app and every new window', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>()
    const contents = {
      on: (name: string, listener: (event: { preventDefault(): void }, url: string) => void) => listeners.set(name, listener),
      setWindowOpenHandler: vi.fn()
    }
    lockNavigation(contents as never, (url) => url.startsWith('file:///app/'))

    const away = { preventDefault: vi.fn() }
    listeners.get('will-navigate')!(away, 'https://example.com/')
    expect(away.preventDefault).toHaveBeenCalled()

    const inside = { preventDefault: vi.fn() }
    listeners.get('will-navigate')!(inside, 'file:///app/index.html#/clients')
    expect(inside.preventDefault).not.toHaveBeenCalled()

    expect(contents.setWindowOpenHandler.mock.calls[0]![0]({ url: 'https://example.com' })).toEqual({ action: 'deny' })
  })
})
