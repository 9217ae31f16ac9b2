// Fetches the Electron binary at install time. Offline (or behind a closed network)
// the install must still succeed: everything except launching the app works without it.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

function warn(reason) {
  console.warn(
    `\n[physioplan] WARNING: the Electron binary could not be provisioned (${reason}).\n` +
      '  Building and testing still work. To launch the app, reconnect and run: npx install-electron\n'
  )
}

if (process.env.PHYSIOPLAN_SKIP_ELECTRON_DOWNLOAD) {
  console.log('[physioplan] Skipping the Electron download (PHYSIOPLAN_SKIP_ELECTRON_DOWNLOAD is set).')
  process.exit(0)
}

let installScript
try {
  installScript = require.resolve('electron/install.js')
} catch {
  warn('the electron package is not installed')
  process.exit(0)
}

const result = spawnSync(process.execPath, [installScript], { stdio: 'pipe', timeout: 120_000, encoding: 'utf8' })
if (result.status === 0) {
  console.log('[physioplan] Electron binary ready.')
} else {
  const detail = (result.stderr || result.stdout || result.error?.message || 'unknown error').trim().split('\n')[0]
  warn(detail.slice(0, 200))
}
process.exit(0)
