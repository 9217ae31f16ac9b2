import { join } from 'node:path'
import { listIfExists, type FsPort } from './fs-port'
import type { StoreNotices } from './notices'

const day = 24 * 3600 * 1000
const warnDaysBefore = 7

/** When a file was moved aside, from its name (…corrupt-2025-03-01T09-00-00-000Z.json). */
function movedAsideAt(name: string): number | null {
  const m = /\.corrupt-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name)
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : null
}

/**
 * Damaged files moved aside are kept for support for `keepDays`, then removed. In their last
 * week the clinician is told, so a file support still needs can be copied elsewhere first.
 */
/** listed: folders (by name under liveDir) the caller has listed already; the clients folder of a large practice is worth listing once. */
export async function removeOldDamagedFiles(fs: FsPort, liveDir: string, keepDays: number, now: Date, notices: StoreNotices, listed: Record<string, Promise<string[]>> = {}): Promise<void> {
  for (const dir of ['', 'clients', 'index']) {
    for (const name of await (listed[dir] ?? listIfExists(fs, join(liveDir, dir)))) {
      if (!name.includes('.corrupt-')) continue
      const at = movedAsideAt(name)
      if (at === null) continue
      const path = join(liveDir, dir, name)
      const removeOn = at + keepDays * day
      if (now.getTime() >= removeOn) {
        await fs.unlink(path).catch(() => undefined)
      } else if (now.getTime() >= removeOn - warnDaysBefore * day) {
        notices.add({
          kind: 'damaged-file-expiring',
          document: 'a damaged file kept for support',
          asideFile: path,
          message: `A damaged file kept for support (${name}) will be removed after ${new Date(removeOn).toISOString().slice(0, 10)}. Copy it elsewhere now if support still needs it.`
        })
      }
    }
  }
}
