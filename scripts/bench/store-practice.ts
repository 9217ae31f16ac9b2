import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plan } from '../../shared/domain/plan'
import { library } from '../../shared/library'
import type { ClientSummary } from '../../shared/ipc/store-types'
import { summarize } from '../../electron/main/store/client-summary'
import { indexBucketDocument, type ClientDocument } from '../../electron/main/store/kinds'
import { bucketOf, indexBucketCount, relPath } from '../../electron/main/store/layout'
import { StoreContext } from '../../electron/main/store/context'
import { seal } from '../../electron/main/store/crypto/envelope'
import { jsonBytes } from '../../electron/main/store/durable-json-file'
import { standInVault, type KeyVault } from '../../electron/main/store/crypto/key-vault'
import { createServices } from '../../electron/main/services'

/** The bench computer's keychain (a macOS-like stand-in), the same in every bench process. */
export const benchVault = standInVault('macos-keychain', 'bench')

/** Main's services over the store in dataDir, opened as the app opens it. */
export async function openServices(dataDir: string) {
  const services = createServices({ dataDir, appName: 'PhysioPlan', appVersion: 'bench', builtInTemplates: [...library.templates], vault: benchVault })
  await services.store.open()
  await services.store.privacy.takeRecoveryKey()
  return services
}

/** Turns a store file's bytes into what is written on disk (encrypted, for the encrypted practice). */
export type Sealer = (rel: string, bytes: Buffer) => Buffer

/**
 * The same practice, encrypted as the store writes it: a practice key kept by a stand-in
 * keychain, one key per client (made here in one keyring write), each file sealed for its path.
 */
export async function writeEncryptedPractice(dataDir: string, clients: number, plans: number, vault: KeyVault): Promise<void> {
  const ctx = new StoreContext({ dataDir, vault })
  await ctx.open()
  const practiceKey = ctx.keys!.get()
  const clientIds = Array.from({ length: clients }, (_, c) => uuid(c, 1))
  await ctx.keyring!.ensureAll(clientIds)
  writePractice(dataDir, clients, plans, (rel, bytes) => {
    const clientId = /^clients\/(.+)\.json$/.exec(rel)?.[1]
    return seal(clientId ? ctx.keyring!.get(clientId)! : practiceKey, bytes, rel)
  })
  await ctx.tidied()
  await ctx.folderLock.release()
}

/** A deterministic pseudo-random sequence, so every bench run builds the same practice. */
function random(seed: number) {
  let state = seed
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32)
}

const names = ['Ana', 'Zoë', 'Jürgen', 'Siobhán', 'Łukasz', 'Nguyễn', 'Oluwaseun', 'María José', "D'Arcy", 'Chloé']
const families = ['Silva', "O'Brien", 'Müller', 'Øster', 'Kowalski', 'García-López', 'Tanaka', 'Smith', 'Dubois', 'Ferreira']
// Taken from the library itself, so that the practice stays valid as the library grows and renames.
const exercises = [...library.exercises.keys()].slice(0, 10)

const uuid = (n: number, salt: number) => `${(n * 2654435761 + salt).toString(16).padStart(8, '0').slice(-8)}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

function plan(clientId: string, n: number, next: () => number): Plan {
  const at = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 3e10)).toISOString()
  return {
    id: uuid(n, 7),
    schemaVersion: 1,
    clientId,
    title: `Home programme ${n}`,
    goals: ['Walk for 30 minutes without pain', 'Return to gardening'],
    status: next() < 0.7 ? 'active' : 'archived',
    createdAt: at,
    updatedAt: at,
    items: Array.from({ length: 10 }, (_, i) => ({
      id: `item-${i + 1}`,
      exerciseId: exercises[i]!,
      dosage: { reps: 8 + i, sets: 2, holdSeconds: 5, side: 'both' as const, frequency: { timesPerDay: 1, daysPerWeek: 5 } },
      patientNote: 'Move slowly and breathe out as you lift. Stop if the pain spreads down your leg.',
      clinicianNote: 'Progress to single-leg version at review if pain stays below 3/10.',
      acknowledgedWarnings: []
    }))
  }
}

/**
 * Writes a practice directly as store documents (no store, no fsync: this is setup, not the
 * thing measured): `clients` client documents holding `plans` plans between them, and the index.
 */
export function writePractice(dataDir: string, clients: number, plans: number, seal: Sealer = (_rel, bytes) => bytes): { clientIds: string[] } {
  const live = join(dataDir, 'store')
  for (const dir of ['clients', 'index', 'photos']) mkdirSync(join(live, dir), { recursive: true })
  const next = random(42)
  const buckets: ClientSummary[][] = Array.from({ length: indexBucketCount }, () => [])
  const clientIds: string[] = []
  let planNumber = 0
  for (let c = 0; c < clients; c++) {
    const id = uuid(c, 1)
    const at = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 3e10)).toISOString()
    const planCount = Math.floor(((c + 1) * plans) / clients) - Math.floor((c * plans) / clients)
    const doc: ClientDocument = {
      schemaVersion: 3,
      client: {
        id,
        schemaVersion: 1,
        givenName: names[c % names.length]!,
        familyName: `${families[Math.floor(next() * families.length)]!} ${c}`,
        dateOfBirth: `19${40 + (c % 60)}-0${1 + (c % 9)}-1${c % 10}`,
        sex: 'unstated',
        conditions: c % 5 === 0 ? ['osteoporosis'] : [],
        surgeonRestrictions: '',
        notes: 'Retired teacher; walks the dog twice a day. Prefers morning sessions.',
        archived: c % 10 === 0,
        createdAt: at,
        updatedAt: at
      },
      screenings: [],
      plans: Array.from({ length: planCount }, () => plan(id, planNumber++, next)),
      decisions: []
    }
    writeFileSync(join(live, relPath.client(id)), seal(relPath.client(id), jsonBytes(doc)))
    buckets[bucketOf(id)]!.push(summarize(doc))
    clientIds.push(id)
  }
  buckets.forEach((summaries, b) => writeFileSync(join(live, relPath.indexBucket(b)), seal(relPath.indexBucket(b), jsonBytes(indexBucketDocument(summaries)))))
  return { clientIds }
}
