// Runs in its own process so that peak memory is the store's alone, not the generator's.
import { execFileSync } from 'node:child_process'
import { createStore } from '../../electron/main/store/store'
import { measure, round } from './measure'
import { benchVault } from './store-practice'

/**
 * list: open and list, then close as the app does on quitting. full: that, then saves timed.
 * unclean: saves, then the process ends without closing (a crash or power cut), so the next
 * open repairs from the pending log.
 */
const [dataDir, mode, encryption] = process.argv.slice(2) as [string, 'list' | 'full' | 'unclean', 'encrypted' | 'plain']

async function main() {
  const start = performance.now()
  const store = createStore({ dataDir, ...(encryption === 'encrypted' ? { vault: benchVault } : {}) })
  const list = await store.clients.list({ includeArchived: true })
  const listReadyMs = performance.now() - start
  if (mode === 'list') {
    await store.close()
    return console.log(JSON.stringify({ clients: list.length, listReadyMs: round(listReadyMs, 1) }))
  }

  // Save one plan: a realistic edit (a dose changed) of plans spread across the practice.
  const targets = await Promise.all(
    list.filter((s) => s.planCount > 0).slice(0, 40).map(async (s) => ({ clientId: s.id, plan: (await store.plans.list(s.id))[0]! }))
  )
  let turn = 0
  const saveOne = () => {
    const { clientId, plan } = targets[turn++ % targets.length]!
    // What the store returns is read-only: an edit starts from a copy, as the page's does.
    const { id: _id, schemaVersion: _v, clientId: _c, createdAt: _a, updatedAt: _u, ...input } = structuredClone(plan)
    input.items[0]!.dosage.reps = 5 + (turn % 20)
    return store.plans.save(clientId, plan.id, input)
  }
  const firstStart = performance.now()
  await saveOne() // the day's first save also takes the daily snapshot
  const firstSaveOfDayMs = performance.now() - firstStart
  // The snapshot just copied the whole practice; let the OS write it back before measuring steady-state saves.
  if (process.platform !== 'win32') execFileSync('sync')
  if (mode === 'unclean') {
    for (let i = 0; i < 60; i++) await saveOne()
    return process.exit(0)
  }
  const { medianMs, p95Ms } = await measure(saveOne, 300, 30)
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  await store.close()
  console.log(JSON.stringify({ clients: list.length, listReadyMs: round(listReadyMs, 1), saveMedianMs: medianMs, saveP95Ms: p95Ms, firstSaveOfDayMs: round(firstSaveOfDayMs, 1), peakRssMb: round(peakRssMb, 1) }))
}

void main()
