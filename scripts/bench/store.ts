import { execFileSync } from 'node:child_process'
import { build } from 'esbuild'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writePractice } from './store-practice'

interface WorkerReport {
  clients: number
  listReadyMs: number
  saveMedianMs: number
  saveP95Ms: number
  firstSaveOfDayMs: number
  peakRssMb: number
}

/**
 * The worker is bundled, as the main process is in the app: run through tsx it would carry
 * ~50 MB of loader in its memory figure. The OS cache is flushed first so that writing back
 * the freshly generated 200 MB does not slow the fsyncs being measured.
 */
function runWorker(bundle: string, dataDir: string, mode: 'list' | 'full'): WorkerReport {
  if (process.platform !== 'win32') execFileSync('sync')
  const out = execFileSync(process.execPath, [bundle, dataDir, mode], { encoding: 'utf8', maxBuffer: 1 << 20 })
  return JSON.parse(out.trim().split('\n').pop()!) as WorkerReport
}

/**
 * The store at the scale of a busy practice: 10,000 clients, 50,000 plans of 10 items.
 * Each practice is generated as documents in a temp folder, then measured in a fresh process.
 */
export async function benchStore() {
  const root = mkdtempSync(join(tmpdir(), 'physioplan-bench-store-'))
  try {
    const bundle = join(root, 'store-worker.mjs')
    await build({ entryPoints: [join(import.meta.dirname, 'store-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' })
    const small = join(root, 'small')
    const large = join(root, 'large')
    writePractice(small, 20, 100)
    const generateStart = performance.now()
    writePractice(large, 10_000, 50_000)
    const generateMs = performance.now() - generateStart
    const smallReport = runWorker(bundle, small, 'full')
    const largeReport = runWorker(bundle, large, 'full')
    // Opening is measured three times in fresh processes; the median is reported.
    const listTimes = [largeReport.listReadyMs, ...[1, 2].map(() => runWorker(bundle, large, 'list').listReadyMs)].sort((a, b) => a - b)
    return {
      clients: largeReport.clients,
      plans: 50_000,
      listReadyMs: listTimes[1]!,
      saveMedianMsSmall: smallReport.saveMedianMs,
      saveMedianMsLarge: largeReport.saveMedianMs,
      saveP95MsLarge: largeReport.saveP95Ms,
      peakRssMb: largeReport.peakRssMb,
      firstSaveOfDayMsLarge: largeReport.firstSaveOfDayMs,
      generateMs: Math.round(generateMs)
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
