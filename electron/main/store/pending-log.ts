import { randomBytes } from 'node:crypto'
import { writeAtomic } from './atomic-write'
import { privateFileMode, readIfExists, type FileHandlePort, type FsPort } from './fs-port'
import { saveError } from './io-errors'
import type { KeyedQueue } from './keyed-queue'

/** Bounds the work of the next open after a crash: each id listed is read again. */
const compactAfterLines = 100
/** And the log's size, for a practice whose records are large. */
const compactAfterBytes = 8 * 1024 * 1024

/**
 * How many times each log file was replaced in this process. Stores sharing a folder in one
 * process (the folder lock allows it) each keep the file open; one that finds the file replaced
 * by another opens it afresh rather than appending to the replaced one.
 */
const replacements = new Map<string, number>()

/** What the log says about one client: the sealed bytes of its newest logged record, if any still stands. */
export interface LoggedChanges {
  ids: Set<string>
  records: Map<string, Buffer>
}

/**
 * Ids of clients whose document is being changed, appended (and fsynced) before the change.
 * Whatever is listed here when the store opens gets its list entry re-derived, so the list
 * itself may be written without waiting for the disk: `beforeClear` makes it durable before
 * the ids that vouch for it are dropped.
 *
 * A save logs its record's new bytes (sealed, as the record file holds them) on the same line:
 * `<id> <seq> <length> <base64>`. That line reaching the disk is what makes the save durable,
 * so the record file itself is replaced without an fsync of its own; the log lets go of the line
 * only after `beforeClear` has made the record file durable too, and an open puts back any
 * record whose file lost its last writes. `<id> - <seq>` withdraws a record (a save refused
 * after it was logged); `<id> *` (a deletion, an import) voids the id's earlier records,
 * and is only written once `beforeVoid` has made them durable on their own. A line the length
 * does not match (torn by a crash mid-append: never acknowledged) stands for nothing.
 */
export class PendingLog {
  private inFlight = 0
  private lines = 0
  private bytes = 0
  private handle: FileHandlePort | null = null
  private handleOpenedAt = 0
  /** Written before the next line: after a failed append, a newline (so a torn line never swallows the next) and the withdrawal of the failed record. */
  private owed = ''
  private readonly session = randomBytes(4).toString('hex')
  private sequence = 0

  constructor(
    private readonly fs: FsPort,
    private readonly path: string,
    private readonly queue: KeyedQueue,
    private readonly beforeClear: () => Promise<void> = async () => {},
    private readonly beforeVoid: (ids: string[]) => Promise<void> = async () => {}
  ) {}

  async read(): Promise<LoggedChanges> {
    const bytes = await readIfExists(this.fs, this.path)
    const ids = new Set<string>()
    const logged = new Map<string, { seq: string; record: Buffer }[]>()
    const lines = (bytes?.toString('latin1') ?? '').split('\n')
    lines.pop() // after the last newline: empty, or a line torn by a crash mid-append (an unacknowledged change)
    for (const line of lines) {
      if (line === '') continue
      const [id, seq, length, data] = line.split(' ') as [string, string?, string?, string?]
      ids.add(id)
      if (seq === undefined) continue // a bare id (as older versions wrote, or torn): its list entry is derived again
      if (seq === '*') logged.delete(id)
      else if (seq === '-') logged.set(id, (logged.get(id) ?? []).filter((r) => r.seq !== length))
      else {
        const record = Buffer.from(data ?? '', 'base64')
        if (length !== undefined && record.length === Number(length)) logged.set(id, [...(logged.get(id) ?? []), { seq, record }])
      }
    }
    this.lines = lines.length
    this.bytes = bytes?.length ?? 0
    const records = new Map<string, Buffer>()
    for (const [id, stack] of logged) if (stack.length > 0) records.set(id, stack[stack.length - 1]!.record)
    return { ids, records }
  }

  async clear(): Promise<void> {
    await this.queue.run(this.path, () => this.empty())
  }

  /** Lets go of the open log file (before the folder is let go, or replaced by a restore). */
  async release(): Promise<void> {
    await this.queue.run(this.path, () => this.closeHandle())
  }

  private async empty(): Promise<void> {
    await this.beforeClear()
    await this.closeHandle() // Windows replaces a file more willingly when nothing holds it open
    await writeAtomic(this.fs, this.path, '')
    replacements.set(this.path, (replacements.get(this.path) ?? 0) + 1)
    this.owed = ''
    this.lines = 0
    this.bytes = 0
  }

  /**
   * Runs `work`, which logs its change through `log` before it changes anything on disk:
   * `log(bytes)` for a record's new bytes (see the class), `log()` for its id alone, and
   * `log(null)` to withdraw the record it logged. The change is acknowledged once work is done.
   */
  async around<T>(id: string, work: (log: (bytes?: Uint8Array | null) => Promise<void>) => Promise<T>): Promise<T> {
    this.inFlight += 1 // before anything is queued, so compaction can never drop a line in use
    let seq = ''
    try {
      return await work((bytes) => {
        if (bytes === undefined) return this.appendBare([id])
        if (bytes === null) return this.queue.run(this.path, () => this.append(`${id} - ${seq}\n`))
        seq = `${this.session}.${++this.sequence}`
        const line = `${id} ${seq} ${bytes.byteLength} ${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}\n`
        return this.queue.run(this.path, () => this.append(line, 1, `${id} - ${seq}\n`))
      })
    } finally {
      this.inFlight -= 1
      if (this.inFlight === 0 && (this.lines > compactAfterLines || this.bytes > compactAfterBytes)) void this.compact()
    }
  }

  /** An import's ids in one write, so a crash part-way is repaired for all of them at the next open. */
  async appendAll(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.appendBare(ids)
  }

  private appendBare(ids: string[]): Promise<void> {
    return this.queue.run(this.path, async () => {
      await this.beforeVoid(ids)
      await this.append(ids.map((id) => `${id} *\n`).join(''), ids.length)
    })
  }

  /** withdrawal: the line that withdraws this one, owed to the log if this append fails (its line may still be whole on the disk). */
  private async append(text: string, lines = 1, withdrawal = ''): Promise<void> {
    const owed = this.owed
    try {
      const replaced = replacements.get(this.path) ?? 0
      if (this.handle && this.handleOpenedAt !== replaced) await this.closeHandle()
      if (!this.handle) {
        this.handle = await this.fs.open(this.path, 'a', privateFileMode)
        this.handleOpenedAt = replaced
      }
      await this.handle.writeFile(owed + text)
      await this.handle.sync()
      this.owed = ''
      this.lines += lines
      this.bytes += owed.length + text.length
    } catch (error) {
      this.owed = `${owed}\n${withdrawal}`
      await this.closeHandle().catch(() => undefined) // opened afresh next time
      throw saveError(error)
    }
  }

  private async closeHandle(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close()
  }

  private compact(): Promise<void> {
    return this.queue
      .run(this.path, async () => {
        if (this.inFlight === 0) await this.empty()
      })
      .catch(() => undefined) // a failed compaction only leaves a longer log
  }
}
