import { describe, expect, it } from 'vitest'
import { resolveDataDir } from '../../electron/main/data-dir'
import { menuTemplate } from '../../electron/main/menu'
import { isTrustedSender } from '../../electron/main/trusted-sender'

describe('resolveDataDir', () => {
  it('prefers the --data-dir flag, then the environment, then userData', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir=/srv/pp'], { PHYSIOPLAN_DATA_DIR: '/env' }, '/user')).toBe('/srv/pp')
    expect(resolveDataDir(['electron', '.', '--data-dir', '/srv/x'], {}, '/user')).toBe('/srv/x')
    expect(resolveDataDir(['electron', '.'], { PHYSIOPLAN_DATA_DIR: '/env' }, '/user')).toBe('/env')
    expect(resolveDataDir(['electron', '.'], {}, '/user')).toBe('/user/data')
  })
})

describe('native menu', () => {
  const roles = (platform: NodeJS.Platform) =>
    JSON.stringify(menuTemplate(platform, 'PhysioPlan')).match(/"role":"(\w+)"/g)?.map((m) => m.slice(8, -1))

  it('offers the usual editing, zoom, full screen and About roles', () => {
    expect(roles('linux')).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'about'])
    )
  })

  it('adds the application menu on macOS only', () => {
    expect(roles('darwin')).toContain('appMenu')
    expect(roles('win32')).not.toContain('appMenu')
  })
})

describe('isTrustedSender', () => {
  const app = new URL('app://physioplan/index.html')
  const dev = new URL('http://localhost:5173/')

  it('accepts the app page, with any route, in production and development', () => {
    expect(isTrustedSender({ url: 'app://physioplan/index.html#/clients', isMainFrame: true }, app)).toBe(true)
    expect(isTrustedSender({ url: 'app://physioplan/', isMainFrame: true }, app)).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5173/#/library', isMainFrame: true }, dev)).toBe(true)
  })

  it('compares scheme and host exactly', () => {
    expect(isTrustedSender({ url: 'app://physioplan.evil/index.html', isMainFrame: true }, app)).toBe(false)
    expect(isTrustedSender({ url: 'app://other/index.html', isMainFrame: true }, app)).toBe(false)
    expect(isTrustedSender({ url: 'https://physioplan/index.html', isMainFrame: true }, app)).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true }, dev)).toBe(false)
    expect(isTrustedSender({ url: 'http://127.0.0.1:5173/', isMainFrame: true }, dev)).toBe(false)
  })

  it('never trusts a local file, not even on another host or at the app path', () => {
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', isMainFrame: true }, app)).toBe(false)
    expect(isTrustedSender({ url: 'file://otherhost/opt/pp/out/renderer/index.html', isMainFrame: true }, app)).toBe(false)
    const fileEntry = new URL('file:///opt/pp/out/renderer/index.html')
    expect(isTrustedSender({ url: 'file://otherhost/opt/pp/out/renderer/index.html', isMainFrame: true }, fileEntry)).toBe(false)
  })

  it('refuses sub-frames and garbage without throwing', () => {
    expect(isTrustedSender({ url: app.href, isMainFrame: false }, app)).toBe(false)
    expect(isTrustedSender({ url: 'not a url', isMainFrame: true }, app)).toBe(false)
    expect(isTrustedSender({ url: 'app://physioplan/%E0%A4%A', isMainFrame: true }, app)).toBe(true)
    expect(isTrustedSender({ url: 'app://%zz/', isMainFrame: true }, app)).toBe(false)
    expect(isTrustedSender({ url: 42, isMainFrame: true } as never, app)).toBe(false)
    expect(isTrustedSender(null, app)).toBe(false)
    const hostile = { get url(): string { throw new Error('frame destroyed') }, isMainFrame: true }
    expect(isTrustedSender(hostile, app)).toBe(false)
  })
})
