import { join } from 'node:path'
import { syncDirectory } from './atomic-write'
import { isMissing, type FsPort } from './fs-port'
import { saveError } from './io-errors'
import { mirrorFiles } from './tree'

const staging = (root: string) => join(root, 'store.restoring')
const ready = (root: string) => join(root, 'store.ready')
const old = (root: string) => join(root, 'store.old')

/**
 * Replaces the whole live store with copies of the given files: they are gathered in store.restoring,
 * which becomes store.ready in one rename; then two renames swap it in. finishSwap completes
 * a swap interrupted by a crash, so the store is always either all old or all new.
 */
export async function swapInLive(fs: FsPort, root: string, liveDir: string, fromDir: string, rels: string[]): Promise<void> {
  try {
    await fs.rm(staging(root), { recursive: true, force: true })
    await mirrorFiles(fs, fromDir, staging(root), rels)
    await fs.rm(ready(root), { recursive: true, force: true })
    await fs.rename(staging(root), ready(root))
    await syncDirectory(fs, root)
  } catch (error) {
    await fs.rm(staging(root), { recursive: true, force: true }).catch(() => undefined)
    throw saveError(error)
  }
  await finishSwap(fs, root, liveDir)
}

export async function finishSwap(fs: FsPort, root: string, liveDir: string): Promise<void> {
  await fs.rm(staging(root), { recursive: true, force: true })
  try {
    await fs.stat(ready(root))
  } catch (error) {
    if (isMissing(error)) return
    throw error
  }
  try {
    await fs.rm(old(root), { recursive: true, force: true })
    await fs.rename(liveDir, old(root)).catch((error: unknown) => {
      if (!isMissing(error)) throw error
    })
    await fs.rename(ready(root), liveDir)
    await syncDirectory(fs, root)
  } catch (error) {
    throw saveError(error)
  }
  await fs.rm(old(root), { recursive: true, force: true }).catch(() => undefined)
}
