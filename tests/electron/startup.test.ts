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
  const file = new URL('file:///opt/pp/out/renderer/index.html')
  const dev = new URL('http://localhost:5173/')

  it('accepts the app page, with any route, in production and development', () => {
    expect(isTrustedSender({ url: 'file:///opt/pp/out/renderer/index.html#/clients', isMainFrame: true }, file)).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5173/#/library', isMainFrame: true }, dev)).toBe(true)
  })

  it('refuses other files, other origins, sub-frames and garbage', () => {
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', isMainFrame: true }, file)).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true }, dev)).toBe(false)
    expect(isTrustedSender({ url: file.href, isMainFrame: false }, file)).toBe(false)
    expect(isTrustedSender({ url: 'not a url', isMainFrame: true }, file)).toBe(false)
  })
})
