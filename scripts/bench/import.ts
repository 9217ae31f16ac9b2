import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { createStore } from '../../electron/main/store/store'
import { benchVault, writeEncryptedPractice } from './store-practice'

const clients = 10_000
const plans = 20_000
const passphrase = 'bench passphrase for the import'

/** PHYSIOPLAN_BENCH_PROFILE=<folder> writes a CPU profile of the import process there. */
const profileArgs = () => {
  const dir = process.env.PHYSIOPLAN_BENCH_PROFILE
  return dir ? ['--cpu-prof', '--cpu-prof-interval', '500', '--cpu-prof-dir', dir] : []
}

/**
 * "Import" of a whole practice into an empty store on another computer: 10,000 clients and
 * 20,000 plans of 10 items, from an encrypted export. The import runs in a fresh bundled process,
 * which reports its wall time, its longest event-loop block (monitorEventLoopDelay) and its peak RSS.
 */
export async function benchImport() {
  const root = mkdtempSync(join(tmpdir(), 'physioplan-bench-import-'))
  try {
    const source = join(root, 'source')
    await writeEncryptedPractice(source, clients, plans, benchVault)
    const file = join(root, 'practice.physioplan')
    const store = createStore({ dataDir: source, vault: benchVault })
    await store.transfer.exportAll(file, passphrase)
    await store.close()
    const bundle = join(root, 'import-worker.mjs')
    await build({ entryPoints: [join(import.meta.dirname, 'import-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' })
    if (process.platform !== 'win32') execFileSync('sync')
    const out = execFileSync(process.execPath, [...profileArgs(), bundle, join(root, 'target'), file, passphrase], { encoding: 'utf8', maxBuffer: 1 << 20 })
    return { clients, plans, exportMb: Math.round(statSync(file).size / 1e6), ...(JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>) }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
