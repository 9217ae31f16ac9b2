import { writeAtomic } from './atomic-write'
import { privateFileMode, readIfExists, type FsPort } from './fs-port'
import { saveError } from './io-errors'
import type { KeyedQueue } from './keyed-queue'

/** Bounds the work of the next open after a crash: each id listed is read again. */
const compactAfterLines = 100

/**
 * Ids of clients whose document is being changed, appended (and fsynced) before the change.
 * Whatever is listed here when the store opens gets its list entry re-derived, so the list
 * itself may be written without waiting for the disk: `beforeClear` makes it durable before
 * the ids that vouch for it are dropped.
 */
export class PendingLog {
  private inFlight = 0
  private lines = 0

  constructor(
    private readonly fs: FsPort,
    private readonly path: string,
    private readonly queue: KeyedQueue,
    private readonly beforeClear: () => Promise<void> = async () => {}
  ) {}

  async read(): Promise<Set<string>> {
    const bytes = await readIfExists(this.fs, this.path)
    // A torn last line (crash mid-append) is just an id that fails to match a file; harmless.
    return new Set((bytes?.toString('utf8') ?? '').split('\n').filter((line) => line !== ''))
  }

  async clear(): Promise<void> {
    await this.queue.run(this.path, () => this.empty())
  }

  private async empty(): Promise<void> {
    await this.beforeClear()
    await writeAtomic(this.fs, this.path, '')
    this.lines = 0
  }

  /**
   * Runs `work` while the id is appended, so the two can share the disk's time: `work` gets the
   * append and must wait for it before it changes anything on disk (see writeAtomicParts'
   * beforeRename). The change is only acknowledged once both are done.
   */
  async around<T>(id: string, work: (logged: Promise<void>) => Promise<T>): Promise<T> {
    this.inFlight += 1 // before queueing the append, so compaction can never drop a line in use
    try {
      const logged = this.queue.run(this.path, () => this.append(id))
      logged.catch(() => undefined) // reported through work, or below if work never waited for it
      const result = await work(logged).finally(() => logged.catch(() => undefined))
      await logged
      return result
    } finally {
      this.inFlight -= 1
      if (this.inFlight === 0 && this.lines > compactAfterLines) void this.compact()
    }
  }

  /** An import's ids in one write, so a crash part-way is repaired for all of them at the next open. */
  async appendAll(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.queue.run(this.path, () => this.append(ids.join('\n'), ids.length))
  }

  private async append(id: string, lines = 1): Promise<void> {
    try {
      const handle = await this.fs.open(this.path, 'a', privateFileMode)
      try {
        await handle.writeFile(`${id}\n`)
        await handle.sync()
      } finally {
        await handle.close()
      }
      this.lines += lines
    } catch (error) {
      throw saveError(error)
    }
  }

  private compact(): Promise<void> {
    return this.queue
      .run(this.path, async () => {
        if (this.inFlight === 0) await this.empty()
      })
      .catch(() => undefined) // a failed compaction only leaves a longer log
  }
}
