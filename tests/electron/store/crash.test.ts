import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onAcks, openStore, storeFiles, tempDir, writeEveryShard } from './helpers'

const fixtureSource = join(import.meta.dirname, 'fixtures', 'save-loop.ts')
const bundleDir = tempDir('physioplan-crash-bundle-')
const fixture = join(bundleDir.dir, 'save-loop.mjs')
const kills = 50
const lanes = 2

interface Acks {
  clients: Set<string>
  plans: Map<string, Set<string>>
  lastNote: Map<string, number>
}

/**
 * Runs the fixture until it has acknowledged its first plan save (the first one also validates
 * the shipped library, which takes a while on a loaded machine), then kills it after a random delay.
 */
function runAndKill(dataDir: string, run: number, acks: Acks): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fixture, dataDir, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let armed = false
    let planSaved = false
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    onAcks(
      child.stdout,
      (kind, id, value) => {
        if (kind === 'client') acks.clients.add(id)
        if (kind === 'plan') {
          acks.plans.set(id, (acks.plans.get(id) ?? new Set()).add(value!))
          planSaved = true
        }
        if (kind === 'note') acks.lastNote.set(id, Number(value))
      },
      () => {
        if (!armed && planSaved) {
          armed = true
          setTimeout(() => child.kill('SIGKILL'), Math.random() * 150)
        }
      }
    )
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`fixture exited by itself: ${stderr}`))))
  })
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return jsonFiles(path)
    return name.endsWith('.json') ? [path] : []
  })
}

async function checkEverythingAcknowledgedIsThere(dataDir: string, acks: Acks) {
  const store = openStore(dataDir)
  const summaries = await store.clients.list({ includeArchived: true })
  for (const clientId of acks.clients) {
    const record = await store.clients.get(clientId)
    const planIds = new Set(record.plans.map((p) => p.id))
    for (const planId of acks.plans.get(clientId) ?? []) expect(planIds.has(planId)).toBe(true)
    const acknowledgedNote = acks.lastNote.get(clientId)
    if (acknowledgedNote !== undefined) expect(Number(record.client.notes)).toBeGreaterThanOrEqual(acknowledgedNote)
    expect(summaries.find((s) => s.id === clientId)?.planCount).toBe(record.plans.length)
  }
  const files = await storeFiles(dataDir)
  for (const file of jsonFiles(join(dataDir, 'store'))) {
    const rel = relative(join(dataDir, 'store'), file).split(sep).join('/')
    expect(() => JSON.parse(files.decode(rel, readFileSync(file)).toString('utf8')), file).not.toThrow()
  }
  expect(await store.notices.list()).toEqual([])
  await store.close() // the next fixture run needs the folder's lock
}

describe('crash safety', () => {
  const dirs = Array.from({ length: lanes }, () => tempDir('physioplan-crash-'))
  // The fixture is bundled once (esbuild comes with tsx): starting it through tsx costs ~0.9 s, bundled ~0.2 s.
  beforeAll(() => build({ entryPoints: [fixtureSource], bundle: true, platform: 'node', format: 'esm', outfile: fixture, logLevel: 'error' }))
  afterAll(() => [...dirs, bundleDir].forEach((d) => d.cleanup()))

  it(`keeps every acknowledged save through ${kills} SIGKILLs at random moments`, async () => {
    const acks = dirs.map((): Acks => ({ clients: new Set(), plans: new Map(), lastNote: new Map() }))
    await Promise.all(
      dirs.map(async ({ dir }, lane) => {
        // The second lane is a practice whose list has every shard: its opens trust the shards and the pending log alone.
        if (lane === 1) await writeEveryShard(dir)
        for (let run = 0; run < kills / lanes; run++) {
          await runAndKill(dir, run, acks[lane]!)
          await checkEverythingAcknowledgedIsThere(dir, acks[lane]!)
        }
      })
    )
    const acknowledgedPlans = acks.flatMap((a) => [...a.plans.values()]).reduce((n, s) => n + s.size, 0)
    expect(acknowledgedPlans).toBeGreaterThan(kills)
  }, 120_000)
})
