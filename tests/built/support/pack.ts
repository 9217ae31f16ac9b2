import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './built-main'

/** The fuse sentinel of @electron/fuses, then wire version 1 and the 8 fuses of Electron 45 as shipped. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const shippedFuses = '10110001'

/**
 * The Electron binary cannot be downloaded here, so electron-builder is given a local
 * "Electron distribution": an executable named `electron` that carries a fuse wire like the
 * real binary, so the pack-time fuses are flipped in it and can be read back.
 */
export function standInElectronDist(dir: string): string {
  mkdirSync(dir, { recursive: true })
  const binary = join(dir, 'electron')
  writeFileSync(binary, `#!/bin/sh\n# stand-in Electron for packing tests\n# ${FUSE_SENTINEL}\u0001\u0008${shippedFuses}\nexit 0\n`, 'latin1')
  chmodSync(binary, 0o755)
  return dir
}

/** Packs exactly as `npm run dist` does (same config file), as an unpacked Linux app. */
export function packLinuxDir(electronDist: string, outputDir: string): string {
  const run = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules/electron-builder/cli.js'), '--config', 'electron-builder.config.cjs', '--linux', 'dir',
      `-c.electronDist=${electronDist}`, `-c.directories.output=${outputDir}`],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CSC_LINK: '', CSC_NAME: '' }, timeout: 300_000 }
  )
  if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stdout}\n${run.stderr}`)
  return join(outputDir, 'linux-unpacked')
}

/** The fuse wire read back from a packed binary, by fuse index. */
export function fuseWire(binary: Buffer): string {
  const at = binary.indexOf(FUSE_SENTINEL)
  if (at === -1) throw new Error('No fuse wire in the packed binary')
  const length = binary[at + FUSE_SENTINEL.length + 1]!
  return binary.subarray(at + FUSE_SENTINEL.length + 2, at + FUSE_SENTINEL.length + 2 + length).toString('latin1')
}
