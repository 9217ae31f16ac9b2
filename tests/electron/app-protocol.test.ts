import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appProtocolHandler, resolveAppFile } from '../../electron/main/app-protocol'

let base: string
let root: string
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'physioplan-protocol-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>PhysioPlan</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(root, 'icon.svg'), '<svg/>')
  writeFileSync(join(base, 'secret.json'), '{"patient":"Ana"}')
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => appProtocolHandler(root, "default-src 'self'")(new Request(url, { method }))

describe('app:// protocol', () => {
  it('serves the built page and its assets with their MIME types and the CSP header', async () => {
    const page = await get('app://physioplan/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>PhysioPlan</title>')
    expect((await get('app://physioplan/')).status).toBe(200)
    expect((await get('app://physioplan/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect((await get('app://physioplan/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect((await get('app://physioplan/icon.svg')).headers.get('content-type')).toBe('image/svg+xml')
  })

  it('refuses every way out of the renderer folder', async () => {
    const attempts = [
      'app://physioplan/../secret.json',
      'app://physioplan/%2e%2e/secret.json',
      'app://physioplan/%2e%2e%2fsecret.json',
      'app://physioplan/assets/..%2f..%2fsecret.json',
      'app://physioplan/..%5csecret.json',
      `app://physioplan/${encodeURIComponent(join(base, 'secret.json'))}`,
      'app://physioplan/index.html%00.js'
    ]
    for (const url of attempts) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain('patient')
    }
  })

  it('answers 404 for malformed URLs, other hosts, folders and missing files, without throwing', async () => {
    for (const url of ['app://physioplan/%E0%A4%A', 'app://physioplan/%', 'app://other/index.html', 'app://physioplan/assets/', 'app://physioplan/nope.js']) {
      expect((await get(url)).status, url).toBe(404)
    }
    expect(resolveAppFile('not a url', root)).toBeNull()
    expect(resolveAppFile('file:///etc/passwd', root)).toBeNull()
  })

  it('only reads', async () => {
    expect((await get('app://physioplan/index.html', 'POST')).status).toBe(405)
  })
})
