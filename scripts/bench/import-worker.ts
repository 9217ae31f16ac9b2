// Runs in its own process so that peak memory and event-loop blocks are the import's alone.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createStore } from '../../electron/main/store/store'
import { round } from './measure'
import { benchVault } from './store-practice'

const [dataDir, file, passphrase] = process.argv.slice(2) as [string, string, string]

async function main() {
  const store = createStore({ dataDir, vault: benchVault })
  await store.open()
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  const start = performance.now()
  const cpuBefore = process.cpuUsage()
  const report = await store.transfer.importAll(file, passphrase)
  const seconds = (performance.now() - start) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  delay.disable()
  await store.close()
  console.log(JSON.stringify({
    clientsAdded: report.added.filter((i) => i.kind === 'client').length,
    seconds: round(seconds, 2),
    // CPU time is the figure to compare when other work shares the machine.
    cpuSeconds: round((cpu.user + cpu.system) / 1e6, 2),
    longestBlockMs: round(delay.max / 1e6, 1),
    p99BlockMs: round(delay.percentile(99) / 1e6, 1),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024)
  }))
}

void main()
