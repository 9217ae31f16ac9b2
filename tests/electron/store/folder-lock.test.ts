import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { FolderLock, LOCK_FILE, STALE_AFTER_MS, type LockEnvironment } from '../../../electron/main/store/folder-lock'
import { nodeFs } from '../../../electron/main/store/fs-port'
import { openStore, tempDir } from './helpers'

const now = new Date('2026-11-29T10:00:00Z')
const otherProcess = (overrides: Partial<LockEnvironment> = {}): LockEnvironment => ({
  pid: 4242, host: 'reception-pc', now: () => now, isAlive: () => true, ...overrides
})
const writeHolder = (dir: string, holder: object) => writeFileSync(join(dir, LOCK_FILE), JSON.stringify(holder))

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir('physioplan-lock-')))
afterEach(() => temp.cleanup())

describe('data folder lock', () => {
  it('writes who holds it (process, computer, time) and removes it on release', async () => {
    const lock = new FolderLock(nodeFs, temp.dir, otherProcess())
    await lock.acquire()
    const holder = JSON.parse(readFileSync(join(temp.dir, LOCK_FILE), 'utf8'))
    expect(holder).toMatchObject({ pid: 4242, host: 'reception-pc', startedAt: now.toISOString(), heartbeatAt: now.toISOString() })
    await lock.release()
    expect(existsSync(join(temp.dir, LOCK_FILE))).toBe(false)
  })

  it('refuses a second holder with a message naming the first', async () => {
    await new FolderLock(nodeFs, temp.dir, otherProcess()).acquire()
    const second = new FolderLock(nodeFs, temp.dir, otherProcess({ pid: 7, host: 'room-2' }))
    await expect(second.acquire()).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/in use by PhysioPlan on computer "reception-pc" \(process 4242\) since 2026-11-29 10:00 UTC/)
    })
  })

  it('takes over a lock whose process has gone on this computer', async () => {
    writeHolder(temp.dir, { pid: 999_999, host: 'room-2', startedAt: now.toISOString(), heartbeatAt: now.toISOString(), token: 'old' })
    const lock = new FolderLock(nodeFs, temp.dir, otherProcess({ host: 'room-2', isAlive: (pid) => pid !== 999_999 }))
    await lock.acquire()
    expect(JSON.parse(readFileSync(join(temp.dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: 4242, host: 'room-2' })
  })

  it('trusts a live process on this computer however old its heartbeat', async () => {
    writeHolder(temp.dir, { pid: 31, host: 'room-2', startedAt: '2026-11-01T08:00:00Z', heartbeatAt: '2026-11-01T08:00:00Z', token: 'x' })
    await expect(new FolderLock(nodeFs, temp.dir, otherProcess({ host: 'room-2' })).acquire()).rejects.toMatchObject({ code: 'conflict' })
  })

  it('judges another computer by its heartbeat: recent is held, silent for long is stale', async () => {
    const recent = new Date(now.getTime() - STALE_AFTER_MS + 60_000).toISOString()
    writeHolder(temp.dir, { pid: 31, host: 'laptop', startedAt: recent, heartbeatAt: recent, token: 'x' })
    await expect(new FolderLock(nodeFs, temp.dir, otherProcess()).acquire()).rejects.toMatchObject({ message: expect.stringContaining('"laptop"') })

    const silent = new Date(now.getTime() - STALE_AFTER_MS - 60_000).toISOString()
    writeHolder(temp.dir, { pid: 31, host: 'laptop', startedAt: silent, heartbeatAt: silent, token: 'x' })
    await new FolderLock(nodeFs, temp.dir, otherProcess()).acquire()
  })

  it('takes over a lock file left unreadable by a crash', async () => {
    writeFileSync(join(temp.dir, LOCK_FILE), '{"pid": 12')
    await new FolderLock(nodeFs, temp.dir, otherProcess()).acquire()
  })

  it('refuses writes once another process has taken the folder over, and leaves its lock alone', async () => {
    const lock = new FolderLock(nodeFs, temp.dir, otherProcess())
    await lock.acquire()
    writeHolder(temp.dir, { pid: 77, host: 'laptop', startedAt: now.toISOString(), heartbeatAt: now.toISOString(), token: 'theirs' })
    await lock.refresh()
    expect(() => lock.assertHeld()).toThrow(/taken over this data folder/)
    await lock.release()
    expect(JSON.parse(readFileSync(join(temp.dir, LOCK_FILE), 'utf8')).token).toBe('theirs')
  })
})

describe('locks held when the process exits', () => {
  it('adds one exit listener however many folders are locked', async () => {
    const folders = Array.from({ length: 12 }, () => tempDir('physioplan-lock-many-'))
    const before = process.listenerCount('exit')
    const locks = folders.map((folder) => new FolderLock(nodeFs, folder.dir))
    for (const lock of locks) await lock.acquire()
    expect(process.listenerCount('exit') - before).toBeLessThanOrEqual(1)
    for (const lock of locks) await lock.release()
    folders.forEach((folder) => folder.cleanup())
  })

  it('removes every lock the process still holds as it exits', async () => {
    const script = join(temp.dir, 'lock-exit.mjs')
    await build({ entryPoints: [join(import.meta.dirname, 'fixtures', 'lock-exit.ts')], bundle: true, platform: 'node', format: 'esm', outfile: script, logLevel: 'error' })
    const folders = [tempDir('physioplan-lock-exit-'), tempDir('physioplan-lock-exit-')]
    const child = spawn(process.execPath, [script, ...folders.map((f) => f.dir)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0)
    expect(output).toContain('held')
    for (const folder of folders) expect(existsSync(join(folder.dir, LOCK_FILE))).toBe(false)
    folders.forEach((folder) => folder.cleanup())
  })
})

describe('two processes on one data folder', () => {
  const bundle = tempDir('physioplan-lock-bundle-')
  const writer = join(bundle.dir, 'lock-writer.mjs')
  beforeAll(() =>
    build({ entryPoints: [join(import.meta.dirname, 'fixtures', 'lock-writer.ts')], bundle: true, platform: 'node', format: 'esm', outfile: writer, logLevel: 'error' })
  )
  afterAll(() => bundle.cleanup())

  interface Run { pid: number; acks: string[]; stderr: string; code: Promise<number | null>; kill(): void; firstAck: Promise<void> }
  function run(dataDir: string, plans: number): Run {
    const child = spawn(process.execPath, [writer, dataDir, String(plans)], { stdio: ['ignore', 'pipe', 'pipe'] })
    const result: Run = {
      pid: child.pid!, acks: [], stderr: '',
      code: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
      kill: () => child.kill('SIGKILL'),
      firstAck: new Promise((resolve) => child.stdout.once('data', () => resolve()))
    }
    let buffer = ''
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (buffer + chunk.toString()).split('\n')
      buffer = lines.pop()!
      for (const line of lines) if (line.startsWith('ack plan ')) result.acks.push(line.slice('ack plan '.length))
    })
    child.stderr.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()))
    return result
  }

  async function storedPlanIds(dataDir: string): Promise<Set<string>> {
    const store = openStore(dataDir)
    const ids = new Set<string>()
    for (const summary of await store.clients.list({ includeArchived: true })) {
      for (const plan of (await store.clients.get(summary.id)).plans) ids.add(plan.id)
    }
    await store.close()
    return ids
  }

  it('refuses the second process, naming the first, and loses no acknowledged save', async () => {
    // The first keeps saving until it is killed, so it holds the folder while the second tries.
    const first = run(temp.dir, 100_000)
    await first.firstAck
    const second = run(temp.dir, 60)
    expect(await second.code).toBe(3)
    expect(second.stderr).toContain(`in use by PhysioPlan on computer "${hostname()}" (process ${first.pid})`)
    expect(second.acks).toEqual([])
    await expect.poll(() => first.acks.length, { timeout: 30_000 }).toBeGreaterThan(5)
    first.kill()
    await first.code
    const stored = await storedPlanIds(temp.dir)
    for (const id of first.acks) expect(stored.has(id)).toBe(true)
    expect(stored.size).toBeGreaterThanOrEqual(first.acks.length)
  }, 90_000)

  it('lets the next process in after the holder was killed, keeping both processes’ saves', async () => {
    const killed = run(temp.dir, 10_000)
    await killed.firstAck
    await new Promise((resolve) => setTimeout(resolve, 300))
    killed.kill()
    await killed.code
    const next = run(temp.dir, 20)
    expect(await next.code, next.stderr).toBe(0)
    const stored = await storedPlanIds(temp.dir)
    for (const id of [...killed.acks, ...next.acks]) expect(stored.has(id)).toBe(true)
    expect(next.acks).toHaveLength(20)
  }, 90_000)
})
