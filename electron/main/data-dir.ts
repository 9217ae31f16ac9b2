import { isAbsolute, join, resolve } from 'node:path'

/**
 * Where records live: `--data-dir=PATH` on the command line, else PHYSIOPLAN_DATA_DIR,
 * else a "data" folder in Electron's userData. Useful for tests and portable installs.
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  const flagIndex = argv.findIndex((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='))
  const fromFlag =
    flagIndex === -1 ? undefined : argv[flagIndex]!.includes('=') ? argv[flagIndex]!.split('=').slice(1).join('=') : argv[flagIndex + 1]
  const chosen = fromFlag || env.PHYSIOPLAN_DATA_DIR
  if (chosen) return isAbsolute(chosen) ? chosen : resolve(chosen)
  return join(userDataDir, 'data')
}
