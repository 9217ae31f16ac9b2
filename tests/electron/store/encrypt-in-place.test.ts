import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isSealed } from '../../../electron/main/store/crypto/envelope'
import { createStore } from '../../../electron/main/store/store'
import { clientInput, openStore, planInput, tempDir, testVault } from './helpers'

const bundleDir = tempDir('physioplan-upgrade-bundle-')
const fixture = join(bundleDir.dir, 'open-encrypted.mjs')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

/** Runs the fixture; kills it after `killAfterMs` unless it finishes first. */
function run(dataDir: string, killAfterMs: number): Promise<{ killed: boolean; notices: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fixture, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('started\n') && !child.killed) setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') return resolve({ killed: true, notices: [] })
      const done = /done (.*)/.exec(out)
      if (code !== 0 || !done) return reject(new Error(`fixture failed: ${err}`))
      resolve({ killed: false, notices: JSON.parse(done[1]!) as string[] })
    })
  })
}

describe('encrypting an existing plain store in place', () => {
  const data = tempDir('physioplan-upgrade-')
  beforeAll(() => build({ entryPoints: [join(import.meta.dirname, 'fixtures', 'open-encrypted.ts')], bundle: true, platform: 'node', format: 'esm', outfile: fixture, logLevel: 'error' }))
  afterAll(() => [data, bundleDir].forEach((d) => d.cleanup()))

  it('finishes after SIGKILLs at random moments, loses nothing, and leaves no plain record anywhere', async () => {
    // The store as the previous version left it: plain JSON, with backups.
    const plain = createStore({ dataDir: data.dir })
    const expected = new Map<string, unknown>()
    for (let i = 0; i < 40; i++) {
      const { id } = await plain.clients.create(clientInput({ givenName: `Quillon${i}`, notes: `Private note ${i}` }))
      await plain.plans.create(id, planInput(`Plan ${i}`))
      if (i === 20) await plain.backups.backupNow()
    }
    await plain.backups.backupNow()
    for (const { client } of await Promise.all((await plain.clients.list()).map((s) => plain.clients.get(s.id)))) {
      expected.set(client.id, await plain.clients.get(client.id))
    }
    await plain.idle()
    await plain.close() // the fixture runs need the folder's lock

    let kills = 0
    let killedMidway = 0
    let finished: string[] | null = null
    for (let attempt = 0; attempt < 40 && !finished; attempt++) {
      // Each attempt lives a little longer: the first die early, later ones mid-way, the last one finishes.
      const outcome = await run(data.dir, attempt * 10 + Math.random() * 10)
      if (outcome.killed) {
        kills += 1
        if (existsSync(join(data.dir, 'keys', 'encrypting-in-place'))) killedMidway += 1
      } else finished = outcome.notices
    }
    expect(finished, 'the upgrade never finished').not.toBeNull()
    expect(kills).toBeGreaterThan(0)
    expect(killedMidway).toBeGreaterThan(0)
    expect(existsSync(join(data.dir, 'keys', 'encrypting-in-place'))).toBe(false)

    const store = openStore(data.dir)
    expect(await store.clients.list()).toHaveLength(expected.size)
    for (const [id, record] of expected) expect(await store.clients.get(id)).toEqual(record)
    expect((await store.backups.list()).map((b) => b.kind)).toContain('before-encryption')
    // Notices are stored until dismissed: the one that says the records are now encrypted is still there, once.
    expect((await store.notices.list()).map((n) => n.kind)).toEqual(['encrypted'])

    for (const file of files(join(data.dir))) {
      const bytes = readFileSync(file)
      expect(bytes.includes('Quillon') || bytes.includes('Private note'), file).toBe(false)
      if (file.endsWith('.json') && !file.endsWith('backup.json') && !file.includes(`${join('keys', 'practice-key.json')}`)) expect(isSealed(bytes), file).toBe(true)
    }
  }, 180_000)

  it('tells the clinician once the records are encrypted', async () => {
    const dir = tempDir('physioplan-upgrade-notice-')
    const plain = createStore({ dataDir: dir.dir })
    await plain.clients.create(clientInput({ givenName: 'Quillon' }))
    await plain.close()
    const upgraded = createStore({ dataDir: dir.dir, vault: testVault })
    expect((await upgraded.notices.list()).map((n) => n.kind)).toContain('encrypted')
    await upgraded.close()
    dir.cleanup()
  })
})
