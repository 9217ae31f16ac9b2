import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { redFlagIds } from '../../../shared/domain/red-flag'
import type { ClientInput, PlanInput, ScreeningInput } from '../../../shared/ipc/store-types'
import { nodeFs, type FsPort } from '../../../electron/main/store/fs-port'
import { createStore, type StoreOptions } from '../../../electron/main/store/store'
import { standInVault } from '../../../electron/main/store/crypto/key-vault'
import { StoreContext } from '../../../electron/main/store/context'
import { indexBucketCount, relPath } from '../../../electron/main/store/layout'

export function tempDir(prefix = 'physioplan-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }) }
}

/**
 * Data folders made fresh for each test and removed after it, by name: `const { laptop, desktop }
 * = freshFolders('laptop', 'desktop')`, then `laptop.dir` inside a test.
 */
export function freshFolders<Name extends string>(...names: Name[]): Record<Name, { dir: string }> {
  const folders = Object.fromEntries(names.map((name) => [name, { dir: '' }])) as Record<Name, { dir: string }>
  const cleanups: (() => void)[] = []
  beforeEach(() => {
    for (const name of names) {
      const made = tempDir()
      folders[name].dir = made.dir
      cleanups.push(made.cleanup)
    }
  })
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup()
  })
  return folders
}

/** The computer the tests run on, as far as the keychain knows: every test store is encrypted. */
export const testVault = standInVault('macos-keychain', 'test computer')

export const openStore = (dataDir: string, options: Partial<StoreOptions> = {}) => createStore({ dataDir, vault: testVault, ...options })

export const clientInput = (overrides: Partial<ClientInput> = {}): ClientInput => ({
  givenName: 'Ana',
  familyName: 'Silva',
  conditions: [],
  surgeonRestrictions: '',
  notes: '',
  ...overrides
})

export const planInput = (title = 'Low back routine', itemCount = 3): PlanInput => ({
  title,
  goals: ['Walk to the shops without pain'],
  status: 'active',
  items: Array.from({ length: itemCount }, (_, i) => ({
    id: `item-${i + 1}`,
    exerciseId: 'cat-cow',
    dosage: { reps: 10, sets: 2, side: 'both', frequency: { timesPerDay: 1, daysPerWeek: 7 } },
    patientNote: 'Move slowly.',
    clinicianNote: '',
    acknowledgedWarnings: []
  }))
})

/** Every red flag answered "no"; with `routine`, also four SpA features (a routine rheumatology referral). */
export const screeningInput = (date = '2025-03-01', outcome: 'clear' | 'routine' = 'clear'): ScreeningInput => ({
  date,
  answers: {
    flags: Object.fromEntries(redFlagIds.map((id) => [id, 'no'])),
    ...(outcome === 'routine' && {
      spa: { gate: 'yes', features: { buttock_pain: 'yes', better_with_movement: 'yes', family_history: 'yes', psoriasis: 'yes' } }
    })
  },
  clinicianNote: ''
})

/** A clock the test moves by hand. */
export function manualClock(start = '2025-03-01T09:00:00.000Z') {
  let now = new Date(start).getTime()
  return {
    now: () => new Date(now),
    advance: (ms: number) => (now += ms),
    nextDay: () => (now += 24 * 3600 * 1000)
  }
}

/** The real file system, except that operations chosen by the test fail with an errno. */
export function failingFs(shouldFail: (operation: string, path: string) => string | null): FsPort {
  const fail = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })
  return {
    ...nodeFs,
    open: async (path, flags, mode) => {
      const code = shouldFail(`open:${flags}`, path)
      if (code) throw fail(code)
      const handle = await nodeFs.open(path, flags, mode)
      return {
        writeFile: async (data) => {
          const writeCode = shouldFail('write', path)
          if (writeCode) throw fail(writeCode)
          return handle.writeFile(data)
        },
        sync: () => handle.sync(),
        close: () => handle.close()
      }
    },
    rename: async (from, to) => {
      const code = shouldFail('rename', to)
      if (code) throw fail(code)
      return nodeFs.rename(from, to)
    }
  }
}

/** A drive or share mounted read-only (root ignores chmod, so tests use this stand-in): reads work, every change fails with EROFS. */
export function readOnlyFs(): FsPort {
  const refuse = async () => {
    throw Object.assign(new Error('EROFS: read-only file system (simulated)'), { code: 'EROFS' })
  }
  return {
    ...nodeFs,
    open: async (path, flags, mode) => (flags === 'r' ? nodeFs.open(path, flags, mode) : refuse()),
    rename: refuse,
    unlink: refuse,
    mkdir: refuse,
    chmod: refuse,
    link: refuse,
    copyFile: refuse,
    rm: refuse
  }
}

export function customExercise() {
  return {
    name: 'Towel squeeze',
    otherNames: [],
    summary: 'Squeeze a rolled towel between the knees.',
    regions: ['hips' as const],
    kind: 'strength' as const,
    startingPosition: 'sitting' as const,
    spinalMovements: [],
    equipment: ['towel' as const],
    level: 'beginner' as const,
    defaultDose: { reps: 10, side: 'both' as const, frequency: { timesPerDay: 1, daysPerWeek: 5 } },
    steps: ['Sit tall.', 'Place the towel.', 'Squeeze gently.'],
    cues: ['Breathe out as you squeeze.'],
    commonMistakes: ['Holding the breath.'],
    safetyNotes: ['Stop if it hurts.'],
    contraindications: [],
    variations: [],
    poseId: 'seated-neutral'
  }
}

/** Reads and writes files of a (closed) store as the store does, encryption included, for tests that tamper with them. */
export async function storeFiles(dataDir: string) {
  const ctx = new StoreContext({ dataDir, vault: testVault })
  await ctx.open()
  // Only the keys are needed here: the folder stays free for the store (or the process) under test.
  await ctx.tidied()
  await ctx.folderLock.release()
  const path = (rel: string) => join(dataDir, 'store', rel)
  return {
    ctx,
    read: (rel: string): unknown => JSON.parse(ctx.codec.decode(rel, readFileSync(path(rel))).toString('utf8')),
    write: async (rel: string, value: unknown) => writeFileSync(path(rel), await ctx.codec.encode(rel, Buffer.from(JSON.stringify(value)))),
    /** Decodes any file of the store or of a backup (rel is its path inside that tree). */
    decode: (rel: string, bytes: Buffer) => ctx.codec.decode(rel, bytes)
  }
}

/**
 * Every shard of the client list on disk (empty ones added), as in a practice of some hundreds of
 * clients: the open then trusts the list and the pending log, and compares the clients folder
 * only after the list is shown. With a shard missing it compares the folder at once.
 */
export async function writeEveryShard(dataDir: string): Promise<void> {
  const files = await storeFiles(dataDir)
  for (let b = 0; b < indexBucketCount; b++) {
    if (!existsSync(join(dataDir, 'store', relPath.indexBucket(b)))) await files.write(relPath.indexBucket(b), { schemaVersion: 2, clients: [], sortKeys: [] })
  }
}

/** Calls `onAck(kind, id, value)` for each "ack <kind> <id> [value]" line the save-loop fixture prints, then `afterChunk`. */
export function onAcks(stdout: NodeJS.ReadableStream, onAck: (kind: string, id: string, value: string | undefined) => void, afterChunk: () => void = () => {}): void {
  let buffer = ''
  stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const lines = buffer.split('\n')
    buffer = lines.pop()!
    for (const line of lines) {
      const [, kind, id, value] = line.split(' ')
      if (kind && id) onAck(kind, id, value)
    }
    afterChunk()
  })
}
