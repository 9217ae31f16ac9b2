import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { eagerCompileFirstScreen, eagerCompileHint } from '../../../scripts/vite-plugins/eager-compile'

// The renderer build's compile hint (electron.vite.config.ts), run by Vite on an app of its own:
// an entry, a module it shares with a lazily loaded page, and that page.
const dir = mkdtempSync(join(tmpdir(), 'physioplan-eager-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function built(plugins = [eagerCompileFirstScreen('main')]) {
  writeFileSync(join(dir, 'shared.js'), 'export function shared(x) {\n  const label = x.trim()\n  return `shared ${label}`\n}\n')
  writeFileSync(join(dir, 'main.js'), "import { shared } from './shared.js'\nexport function start() { return shared('first') }\nexport const later = () => import('./later.js')\n")
  writeFileSync(join(dir, 'later.js'), "import { shared } from './shared.js'\nexport function later() { return shared('later') }\n")
  await build({
    root: dir,
    logLevel: 'silent',
    plugins,
    build: { outDir: join(dir, 'out'), emptyOutDir: true, sourcemap: true, minify: false, rolldownOptions: { input: { main: join(dir, 'main.js') }, preserveEntrySignatures: 'exports-only' } }
  })
  const assets = join(dir, 'out', 'assets')
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'))
  const read = (prefix: string) => {
    const file = files.find((f) => f.startsWith(prefix))!
    return { code: readFileSync(join(assets, file), 'utf8'), map: JSON.parse(readFileSync(join(assets, `${file}.map`), 'utf8')) as { mappings: string } }
  }
  return { main: read('main'), shared: read('shared'), later: read('later') }
}

describe('eager compilation of the first screen', () => {
  it('marks the entry and the chunks it imports statically, first thing in the file; a page loaded later keeps V8’s lazy default', async () => {
    const { main, shared, later } = await built()
    expect(main.code.startsWith(`${eagerCompileHint}\n`)).toBe(true)
    expect(shared.code.startsWith(`${eagerCompileHint}\n`)).toBe(true)
    expect(later.code).not.toContain(eagerCompileHint)
  })

  it('keeps the source maps true: the hint is one unmapped line, and every line after it maps as before', async () => {
    const { shared } = await built()
    const { shared: unmarked } = await built([])
    expect(shared.code).toBe(`${eagerCompileHint}\n${unmarked.code}`)
    expect(shared.map.mappings).toBe(`;${unmarked.map.mappings}`)
    expect(unmarked.map.mappings.length).toBeGreaterThan(10)
  })

  it('refuses a build without the named entry, rather than shipping the first screen unmarked', async () => {
    const plugin = eagerCompileFirstScreen('nowhere')
    const generate = (plugin.generateBundle as { handler(options: unknown, bundle: Record<string, unknown>): void }).handler
    expect(() => generate({}, {})).toThrow('the build has no entry named nowhere')
  })
})
