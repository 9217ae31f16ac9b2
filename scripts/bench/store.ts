import { execFileSync } from 'node:child_process'
import { build } from 'esbuild'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { benchVault, writeEncryptedPractice, writePractice } from './store-practice'

interface WorkerReport {
  clients: number
  listReadyMs: number
  saveMedianMs: number
  saveP95Ms: number
  firstSaveOfDayMs: number
  peakRssMb: number
}

type Encryption = 'encrypted' | 'plain'

/**
 * The worker is bundled, as the main process is in the app: run through tsx it would carry
 * ~50 MB of loader in its memory figure. The OS cache is flushed first so that writing back
 * the freshly generated 200 MB does not slow the fsyncs being measured.
 */
function runWorker(bundle: string, dataDir: string, mode: 'list' | 'full' | 'unclean', encryption: Encryption): WorkerReport {
  if (process.platform !== 'win32') execFileSync('sync')
  const out = execFileSync(process.execPath, [bundle, dataDir, mode, encryption], { encoding: 'utf8', maxBuffer: 1 << 20 })
  return JSON.parse(out.trim().split('\n').pop()!) as WorkerReport
}

async function measurePractice(bundle: string, root: string, encryption: Encryption) {
  const small = join(root, `small-${encryption}`)
  const large = join(root, `large-${encryption}`)
  const write = (dir: string, clients: number, plans: number) =>
    encryption === 'encrypted' ? writeEncryptedPractice(dir, clients, plans, benchVault) : writePractice(dir, clients, plans)
  await write(small, 20, 100)
  const generateStart = performance.now()
  await write(large, 10_000, 50_000)
  const generateMs = performance.now() - generateStart
  const smallReport = runWorker(bundle, small, 'full', encryption)
  const largeReport = runWorker(bundle, large, 'full', encryption)
  // Opening is measured three times in fresh processes, each after the last closed the store as
  // the app does on quitting; the median is reported.
  const listTimes = [largeReport.listReadyMs, ...[1, 2].map(() => runWorker(bundle, large, 'list', encryption).listReadyMs)].sort((a, b) => a - b)
  // And once after a process that saved and ended without closing: the open repairs from the pending log.
  execFileSync(process.execPath, [bundle, large, 'unclean', encryption])
  const afterUncleanExit = runWorker(bundle, large, 'list', encryption).listReadyMs
  rmSync(large, { recursive: true, force: true })
  return {
    clients: largeReport.clients,
    plans: 50_000,
    listReadyMs: listTimes[1]!,
    listReadyMsAfterUncleanExit: afterUncleanExit,
    saveMedianMsSmall: smallReport.saveMedianMs,
    saveMedianMsLarge: largeReport.saveMedianMs,
    saveP95MsLarge: largeReport.saveP95Ms,
    peakRssMb: largeReport.peakRssMb,
    firstSaveOfDayMsLarge: largeReport.firstSaveOfDayMs,
    generateMs: Math.round(generateMs)
  }
}

/**
 * The store at the scale of a busy practice: 10,000 clients, 50,000 plans of 10 items, measured
 * encrypted (as the app runs) and plain in the same run, so the cost of encryption is a ratio
 * of two figures taken on the same machine at the same time.
 */
export async function benchStore() {
  const root = mkdtempSync(join(tmpdir(), 'physioplan-bench-store-'))
  try {
    const bundle = join(root, 'store-worker.mjs')
    await build({ entryPoints: [join(import.meta.dirname, 'store-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' })
    const plain = await measurePractice(bundle, root, 'plain')
    const encrypted = await measurePractice(bundle, root, 'encrypted')
    const prefixed = (prefix: string, figures: Record<string, number>) =>
      Object.fromEntries(Object.entries(figures).map(([key, value]) => [`${prefix}${key.charAt(0).toUpperCase()}${key.slice(1)}`, value]))
    return {
      ...encrypted,
      ...prefixed('plain', plain),
      saveMedianRatioEncryptedToPlain: Math.round((encrypted.saveMedianMsLarge / plain.saveMedianMsLarge) * 100) / 100
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
