import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatcher } from '../../electron/main/dispatcher'
import { createHandlers } from '../../electron/main/handlers'
import { createServices } from '../../electron/main/services'
import { standInVault } from '../../electron/main/store/crypto/key-vault'
import { measure } from './measure'

/** Cost of the IPC boundary itself: sender check, argument validation, result wrapping. */
export async function benchIpc(): Promise<{ dispatchMedianMs: number; dispatchP95Ms: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'physioplan-bench-ipc-'))
  try {
    const dispatch = createDispatcher(createHandlers(createServices({ dataDir, appName: 'PhysioPlan', appVersion: 'bench', vault: standInVault('macos-keychain') })))
    const { medianMs, p95Ms } = await measure(() => dispatch('getAppInfo', [], true), 5000, 500)
    return { dispatchMedianMs: medianMs, dispatchP95Ms: p95Ms }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
