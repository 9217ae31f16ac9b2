import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatcher } from '../../electron/main/dispatcher'
import { createHandlers } from '../../electron/main/handlers'
import { createServices } from '../../electron/main/services'
import { standInVault } from '../../electron/main/store/crypto/key-vault'
import { methodNames } from '../../shared/ipc/methods'
import { hostileArgumentLists, hostileSends, registeredCalls } from './hostile-arguments'
import { measure } from './measure'

/** Cost of the IPC boundary itself: sender check, argument validation, result wrapping. */
export async function benchIpc(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'physioplan-bench-ipc-'))
  try {
    const dispatch = createDispatcher(createHandlers(createServices({ dataDir, appName: 'PhysioPlan', appVersion: 'bench', vault: standInVault('macos-keychain') })))
    const { medianMs, p95Ms } = await measure(() => dispatch('getAppInfo', [], true), 5000, 500)
    // Every method, every hostile argument list, in both forms it can arrive in: the slowest
    // answer of each list, from the IPC message to the reply (target ≤ 50 ms).
    const call = registeredCalls(dispatch)
    const hostile: Record<string, number> = {}
    for (const { name, args } of hostileArgumentLists()) {
      let slowest = 0
      for (const { wire } of hostileSends(args)) {
        for (const method of methodNames) {
          const start = performance.now()
          await call(method, wire)
          slowest = Math.max(slowest, performance.now() - start)
        }
      }
      hostile[`hostileSlowestMs: ${name}`] = Math.round(slowest * 10) / 10
    }
    return { dispatchMedianMs: medianMs, dispatchP95Ms: p95Ms, ...hostile }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
