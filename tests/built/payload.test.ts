import { extractAll, listPackage } from '@electron/asar'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channelOf } from '../../shared/ipc/methods'
import { BuiltMainProcess, builtMain, repoRoot } from './support/built-main'
import { fuseWire, packLinuxDir, standInElectronDist } from './support/pack'

// What the installers ship: packed offline with the installer config, then read back and booted.
const temp = mkdtempSync(join(tmpdir(), 'physioplan-payload-'))
const extracted = join(temp, 'app')
let appDir: string
let files: string[]

beforeAll(() => {
  expect(existsSync(builtMain), 'run `npm run build` first').toBe(true)
  appDir = packLinuxDir(standInElectronDist(join(temp, 'electron-dist')), join(temp, 'dist'))
  const asar = join(appDir, 'resources', 'app.asar')
  files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'))
  extractAll(asar, extracted)
}, 300_000)
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> }
const packagesIn = (list: string[]) =>
  [...new Set(list.flatMap((file) => file.match(/^\/(node_modules\/(?:@[^/]+\/)?[^/]+)\/package\.json$/)?.[1] ?? []))]

describe('app.asar', () => {
  it('holds the three bundles and the runtime dependencies with their fonts', () => {
    for (const file of [
      '/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html',
      '/node_modules/pdfmake/package.json', '/node_modules/pdfmake/fonts/Roboto/Roboto-Regular.ttf',
      '/node_modules/pdfmake/fonts/Roboto/Roboto-Medium.ttf', '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
      '/node_modules/zod/package.json', '/node_modules/lowdb/package.json'
    ]) expect(files, file).toContain(file)
    // data/ (library, poses, templates) is compiled into the main bundle.
    const main = readFileSync(join(extracted, 'out/main/index.js'), 'utf8')
    expect(main).toContain('basic-daily-back-routine')
    expect(main).toContain('cat-cow')
  })

  it('holds no sources, tests, maps, CLI or dev-only packages', () => {
    const ours = files.filter((file) => !file.startsWith('/node_modules/'))
    expect(ours.filter((file) => /^\/(electron|shared|renderer|cli|tests|scripts|data|build|src)(\/|$)/.test(file))).toEqual([])
    expect(ours.filter((file) => /\.(ts|vue|map)$/.test(file) || file.startsWith('/out/cli'))).toEqual([])
    const devOnly = packagesIn(files).filter((name) => lock.packages[name]?.dev === true || !lock.packages[name])
    expect(devOnly).toEqual([])
    for (const name of ['electron', 'vite', 'vue', 'vitest', 'typescript', 'esbuild', 'electron-builder', '@playwright/test']) {
      expect(files, name).not.toContain(`/node_modules/${name}/package.json`)
    }
  })

  it('starts at the built main bundle, named PhysioPlan (the user-data folder the README names)', () => {
    expect(JSON.parse(readFileSync(join(extracted, 'package.json'), 'utf8'))).toMatchObject({ main: 'out/main/index.js', productName: 'PhysioPlan' })
  })
})

describe('the packed binary', () => {
  it('has the fuses set at pack time', () => {
    const executable = readdirSync(appDir).find((name) => name === 'physioplan')!
    const wire = fuseWire(readFileSync(join(appDir, executable)))
    expect({
      runAsNode: wire[0], cookieEncryption: wire[1], nodeOptions: wire[2], inspectArguments: wire[3],
      asarIntegrity: wire[4], onlyLoadAppFromAsar: wire[5], fileProtocolExtraPrivileges: wire[7]
    }).toEqual({
      runAsNode: '0', cookieEncryption: '1', nodeOptions: '0', inspectArguments: '0',
      asarIntegrity: '1', onlyLoadAppFromAsar: '1', fileProtocolExtraPrivileges: '0'
    })
  })
})

describe('the packed main process', () => {
  let main: BuiltMainProcess
  beforeAll(async () => (main = await BuiltMainProcess.boot({ mainPath: join(extracted, 'out/main/index.js') })), 60_000)
  afterAll(() => main?.close())

  it('boots under the stand-in and serves its own page', async () => {
    expect(main.booted.windows).toHaveLength(1)
    expect(main.booted.windows[0]!.loaded).toEqual(['app://physioplan/index.html'])
    expect(existsSync(String(main.booted.windows[0]!.options.webPreferences.preload))).toBe(true)
    const page = await main.fetch('app://physioplan/index.html')
    expect(page.status).toBe(200)
    expect(Buffer.from(page.body).toString('utf8')).toContain('<div id="app">')
  })

  it('renders a handout with the packed pdfmake and fonts', async () => {
    const settings = (await main.invoke(channelOf('getSettings'), [])) as { value: { handout: object } }
    const preview = (await main.invoke(channelOf('previewHandout'), [{ kind: 'template', templateId: 'basic-daily-back-routine' }, settings.value.handout])) as
      { ok: boolean; value: { pdf: Uint8Array }; error?: unknown }
    expect(preview.ok, JSON.stringify(preview.error)).toBe(true)
    expect(Buffer.from(preview.value.pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })
})
