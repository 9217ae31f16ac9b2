import { dirname, join } from 'node:path'
import { privateFileMode, type FsPort } from './fs-port'
import { saveError } from './io-errors'

let sequence = 0

/** Temp files end in .tmp so that a crash never leaves a half-written *.json behind. */
export const isTempFile = (name: string): boolean => name.endsWith('.tmp')

/**
 * Replaces `path` with `data` so that, whatever happens, the file holds either the old
 * or the new content: write a temp file beside it, fsync, rename over, fsync the folder.
 */
export function writeAtomic(fs: FsPort, path: string, data: string | Uint8Array, options: { beforeRename?: Promise<unknown>; afterRename?: () => void } = {}): Promise<void> {
  return writeAtomicParts(fs, path, [data], options)
}

/**
 * Replaces `path` whole, like writeAtomic, without waiting for the disk: for derived data that
 * a crash can only leave stale or torn, never wrong, because its sources say how to rebuild it
 * (the client list and its pending log). syncFiles makes such writes durable later.
 */
export function writeReplacing(fs: FsPort, path: string, data: string | Uint8Array): Promise<void> {
  return writeAtomicParts(fs, path, [data], { durable: false })
}

/**
 * Replaces `path` with `data` once `log` has put the same bytes on the disk elsewhere (the
 * pending log, see PendingLog): the temp file is written while the log is appended, and renamed
 * over the file once both are done, with no fsync of its own. Until the log lets go of them
 * (after syncFiles), the log's copy is the durable one: a crash or power cut that costs the file
 * its last writes is repaired from it at the next open. Whatever fails, the file keeps its old
 * or new content, and a change refused after it was logged is withdrawn from the log (log(null)).
 */
export async function writeLogged(fs: FsPort, path: string, data: Uint8Array, log: (bytes: Uint8Array | null) => Promise<void>): Promise<void> {
  const temp = `${path}.${process.pid}-${++sequence}.tmp`
  let logged = false
  const logging = log(data).then(() => (logged = true))
  logging.catch(() => undefined) // reported below, once the temp file is settled
  try {
    const handle = await fs.open(temp, 'w', privateFileMode)
    try {
      await handle.writeFile(data)
    } finally {
      await handle.close()
    }
    await logging
    await fs.rename(temp, path)
  } catch (error) {
    await logging.catch(() => undefined)
    await fs.unlink(temp).catch(() => undefined)
    if (logged) await log(null).catch(() => undefined) // the log owes the withdrawal until it can take it
    throw saveError(error)
  }
}

/** Waits until files written by writeReplacing, and their names, are on the disk. */
export async function syncFiles(fs: FsPort, paths: Iterable<string>): Promise<void> {
  const dirs = new Set<string>()
  for (const path of paths) {
    dirs.add(dirname(path))
    const handle = await fs.open(path, 'r').catch(() => null) // gone since: nothing to keep
    if (!handle) continue
    try {
      await handle.sync()
    } catch (error) {
      throw saveError(error)
    } finally {
      await handle.close()
    }
  }
  for (const dir of dirs) await syncDirectory(fs, dir)
}

/**
 * writeAtomic for large content produced piece by piece (an export of the whole practice).
 * beforeRename: what must be on the disk before the new content takes the file's place (the
 * pending log's line for a client's save); the temp file is written and fsynced meanwhile.
 * afterRename: called once the new content has the file's name, before the folder's fsync.
 */
export async function writeAtomicParts(
  fs: FsPort,
  path: string,
  parts: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  { durable = true, beforeRename, afterRename }: { durable?: boolean; beforeRename?: Promise<unknown>; afterRename?: () => void } = {}
): Promise<void> {
  const temp = `${path}.${process.pid}-${++sequence}.tmp`
  try {
    const handle = await fs.open(temp, 'w', privateFileMode)
    try {
      // Successive writeFile calls on one handle append from the current position.
      for await (const part of parts) await handle.writeFile(part)
      if (durable) await handle.sync()
    } finally {
      await handle.close()
    }
    await beforeRename
    await fs.rename(temp, path)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw saveError(error)
  }
  afterRename?.() // e.g. a look at the new file, while the folder is fsynced
  if (durable) await syncDirectory(fs, dirname(path))
}

export async function syncDirectory(fs: FsPort, dir: string): Promise<void> {
  let handle
  try {
    handle = await fs.open(dir, 'r')
  } catch {
    return // Windows cannot open a folder; its rename is already durable enough there.
  }
  try {
    await handle.sync()
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself has happened.
  } finally {
    await handle.close()
  }
}

/**
 * writeAtomic for many files in one folder (an import's batch of client documents): each temp
 * file is written and fsynced (side by side, so the file system can commit them together),
 * then all are renamed and the folder is fsynced once for the batch, not once per file.
 * Each file still holds either its old or its new content, whatever happens.
 */
export async function writeAtomicBatch(fs: FsPort, dir: string, files: readonly { name: string; data: Uint8Array }[]): Promise<void> {
  const temps = files.map(({ name }) => join(dir, `${name}.${process.pid}-${++sequence}.tmp`))
  const renamed = new Set<number>()
  try {
    await Promise.all(files.map(async ({ data }, i) => {
      const handle = await fs.open(temps[i]!, 'w', privateFileMode)
      try {
        await handle.writeFile(data)
        await handle.sync()
      } finally {
        await handle.close()
      }
    }))
    await Promise.all(files.map(async ({ name }, i) => {
      await fs.rename(temps[i]!, join(dir, name))
      renamed.add(i)
    }))
  } catch (error) {
    await Promise.all(temps.filter((_, i) => !renamed.has(i)).map((temp) => fs.unlink(temp).catch(() => undefined)))
    throw saveError(error)
  }
  await syncDirectory(fs, dir)
}
