import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientInput, openStore, planInput, storeFiles, tempDir } from './helpers'

const fixtureSource = join(import.meta.dirname, 'fixtures', 'import-once.ts')
const bundleDir = tempDir('physioplan-import-crash-bundle-')
const fixture = join(bundleDir.dir, 'import-once.mjs')
const passphrase = 'correct horse battery staple'
const kills = 6

/** Runs the import until it has started, then kills it after a random delay; says whether it finished first. */
function importAndKill(dataDir: string, file: string, delayMs: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fixture, dataDir, file, passphrase], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('start')) setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve('killed') : code === 0 ? resolve('finished') : reject(new Error(`import failed: ${stderr}`))))
  })
}

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? jsonFiles(join(dir, name)) : name.endsWith('.json') ? [join(dir, name)] : []))

describe('SIGKILL during an import', () => {
  const source = tempDir('physioplan-import-source-')
  const target = tempDir('physioplan-import-target-')
  beforeAll(() => build({ entryPoints: [fixtureSource], bundle: true, platform: 'node', format: 'esm', outfile: fixture, logLevel: 'error' }))
  afterAll(() => [source, target, bundleDir].forEach((d) => d.cleanup()))

  it('loses no acknowledged save and leaves a store that opens; importing again completes the merge', async () => {
    const a = openStore(source.dir)
    const ana = await a.clients.create(clientInput({ givenName: 'Ana' }))
    await a.plans.create(ana.id, planInput('From the laptop'))
    const first = join(source.dir, 'first.physioplan')
    await a.transfer.exportAll(first, passphrase)
    const b = openStore(target.dir)
    await b.transfer.importAll(first, passphrase)
    const acknowledged = await b.plans.create(ana.id, planInput('Acknowledged on the desktop'))
    const local = await b.clients.create(clientInput({ givenName: 'Only here' }))
    await b.close()
    for (let n = 0; n < 150; n++) await a.clients.create(clientInput({ givenName: `Client ${n}` }))
    await a.plans.create(ana.id, planInput('Second from the laptop'))
    const file = join(source.dir, 'second.physioplan')
    await a.transfer.exportAll(file, passphrase)
    await a.close()

    let killed = 0
    for (let run = 0; run < kills; run++) {
      if ((await importAndKill(target.dir, file, 30 + run * 60 + Math.random() * 60)) === 'killed') killed += 1
      const store = openStore(target.dir)
      expect((await store.plans.list(ana.id)).map((p) => p.id)).toContain(acknowledged.id)
      expect((await store.clients.get(local.id)).client.givenName).toBe('Only here')
      for (const summary of await store.clients.list()) expect(summary.planCount).toBe((await store.plans.list(summary.id)).length)
      const files = await storeFiles(target.dir)
      for (const path of jsonFiles(join(target.dir, 'store'))) {
        const rel = relative(join(target.dir, 'store'), path).split(sep).join('/')
        expect(() => JSON.parse(files.decode(rel, readFileSync(path)).toString('utf8')), path).not.toThrow()
      }
      expect(await store.notices.list()).toEqual([])
      await store.close()
    }
    expect(killed).toBeGreaterThan(0)

    const store = openStore(target.dir)
    await store.transfer.importAll(file, passphrase)
    expect(await store.clients.list()).toHaveLength(152)
    expect((await store.plans.list(ana.id)).map((p) => p.title).sort()).toEqual(['Acknowledged on the desktop', 'From the laptop', 'Second from the laptop'])
    await store.close()
  }, 240_000)
})
