import { join } from 'node:path'
import type { ClientPage, ClientPageQuery, ClientSummary, ListClientsQuery } from '../../../shared/ipc/store-types'
import { isTempFile } from './atomic-write'
import { AppError } from '../../../shared/ipc/result'
import { haystackOf, matches, mergeSortedRuns, orderBy, sameSummary, sortByName, sortKey, summarize, summarizeNewer } from './client-summary'
import type { Documents } from './documents'
import { yieldToLoop } from './event-loop'
import { listIfExists, type FsPort } from './fs-port'
import type { KeyedQueue } from './keyed-queue'
import { indexBucketDocument, type DocumentKinds } from './kinds'
import { bucketOf, clientIdFromFile, indexBucketCount, relPath } from './layout'
import type { StoreNotices } from './notices'
import { PendingLog } from './pending-log'
import type { RwLock } from './rw-lock'

/** How long a save's list write waits for more saves to the same bucket (see writeBucketAfter). */
const listWriteDelayMs = 1000
/** Lines whose search text is made per turn of the event loop (a few milliseconds; see warmSearch). */
const searchWarmSlice = 500

/**
 * The client list, sharded into buckets so that a save rewrites one small bucket, not the
 * whole list. It is derived data: on open it is checked against the client files (and the
 * pending log of changes that may not have reached it) and rebuilt where lost or damaged.
 */
export class ClientIndex {
  private readonly buckets = Array.from({ length: indexBucketCount }, () => new Map<string, ClientSummary>())
  private readonly summaries = {
    get: (id: string) => this.buckets[bucketOf(id)]!.get(id),
    has: (id: string) => this.buckets[bucketOf(id)]!.has(id),
    set: (id: string, summary: ClientSummary) => {
      this.sortKeys.delete(id)
      this.buckets[bucketOf(id)]!.set(id, summary)
    },
    delete: (id: string) => {
      this.sortKeys.delete(id)
      this.buckets[bucketOf(id)]!.delete(id)
    },
    values: () => {
      const all: ClientSummary[] = []
      for (const bucket of this.buckets) for (const summary of bucket.values()) all.push(summary)
      return all
    },
    clear: () => {
      this.sortKeys.clear()
      this.storedRuns = []
      this.buckets.forEach((bucket) => bucket.clear())
    }
  }
  /** Each listed client's sort key: as stored beside its line, or folded once when first needed. */
  private readonly sortKeys = new Map<string, string>()
  /** The buckets' lines and keys as read at open; their keys are taken into sortKeys only when the list is first sorted again. */
  private storedRuns: { summaries: readonly ClientSummary[]; keys: readonly string[] }[] = []
  private readonly keyOf = (summary: ClientSummary): string => {
    let key = this.sortKeys.get(summary.id)
    if (key === undefined && this.storedRuns.length > 0) {
      this.adoptStoredKeys()
      key = this.sortKeys.get(summary.id)
    }
    if (key === undefined) {
      key = sortKey(summary)
      this.sortKeys.set(summary.id, key)
    }
    return key
  }

  /** A stored key is kept only for a line still as read (a changed line has lost its key). */
  private adoptStoredKeys(): void {
    for (const { summaries, keys } of this.storedRuns) {
      for (let i = 0; i < summaries.length; i++) {
        const summary = summaries[i]!
        if (this.summaries.get(summary.id) === summary && !this.sortKeys.has(summary.id)) this.sortKeys.set(summary.id, keys[i]!)
      }
    }
    this.storedRuns = []
  }
  private sorted: ClientSummary[] | null = null
  private readonly pending: PendingLog
  /** Buckets written by a save without waiting for the disk; the pending log still names their changes. */
  private readonly unsynced = new Set<number>()
  /** The latest write of each bucket that a save started and did not wait for; true once it failed. */
  private readonly writing = new Map<number, Promise<boolean>>()
  private readonly scheduled = new Set<number>()

  constructor(
    private readonly fs: FsPort,
    private readonly docs: Documents,
    private readonly kinds: DocumentKinds,
    queue: KeyedQueue,
    private readonly notices: StoreNotices,
    /** Keeps snapshots, restores and imports waiting until a save's list write has landed. */
    private readonly lock?: RwLock
  ) {
    lock?.hurryWhenExclusive(() => this.hurry())
    this.pending = new PendingLog(
      fs,
      join(docs.liveDir, relPath.indexPending),
      queue,
      async () => (await this.syncBuckets(), await this.docs.syncLogged()),
      (ids) => this.docs.syncLogged(ids.map((id) => relPath.client(id)))
    )
  }

  /** listExpectedMissing: after a restore, whose backup holds no client list by design. */
  /** readOnly: the list is derived in memory only (the folder refuses writes). */
  /**
   * checkFolderLater: when every bucket reads back whole, the clients folder is compared with the
   * list later (checkFolder), not before the list is shown. A save or import names its client in
   * the pending log before its record changes, so every change the store made is derived again
   * here; the folder only adds what was put there or removed by hand.
   */
  /** readWhile: work the list is read beside; nothing is derived or written before it is done. */
  async open({ listExpectedMissing = false, readOnly = false, checkFolderLater = false, readWhile }: { listExpectedMissing?: boolean; readOnly?: boolean; checkFolderLater?: boolean; readWhile?: Promise<void> } = {}): Promise<void> {
    const [logged, buckets] = await Promise.all([
      this.pending.read(),
      Promise.all(Array.from({ length: indexBucketCount }, (_, b) => this.docs.loadDerived(this.kinds.indexBucket, relPath.indexBucket(b))))
    ])
    const pendingIds = logged.ids
    await readWhile
    // Records whose files lost writes the log holds (a power cut) are put back before anything reads them.
    await Promise.all([...logged.records].map(([id, bytes]) => this.docs.putBack(this.kinds.client, relPath.client(id), bytes, { readOnly })))
    const untrusted = new Set<number>()
    const changed = new Set<number>()
    let lines = 0
    this.storedRuns = []
    // Plain loops with native Set and Map lookups: this runs for every client at every start.
    buckets.forEach(({ value, damaged, migrated }, b) => {
      if (value === null || damaged) untrusted.add(b)
      if (migrated) changed.add(b) // written again in the current version
      if (value === null) return
      const { clients, sortKeys } = value
      lines += clients.length
      this.storedRuns.push({ summaries: clients, keys: sortKeys })
      for (let i = 0; i < clients.length; i++) {
        const summary = clients[i]!
        this.buckets[bucketOf(summary.id)]!.set(summary.id, summary)
      }
    })
    this.folderCheckOwed = checkFolderLater && !readOnly && untrusted.size === 0
    let toDerive: string[]
    if (this.folderCheckOwed) {
      toDerive = [...pendingIds].filter((id) => clientIdFromFile(`${id}.json`) !== null) // a torn last line is no id
    } else {
      const files = await listIfExists(this.fs, join(this.docs.liveDir, 'clients'))
      if (!readOnly) await this.removeTempFiles(files)
      toDerive = this.compareWithFolder(files, pendingIds, untrusted, changed)
    }
    // Buckets that changed for a reason the pending log does not give (an interrupted save or import is not a loss).
    const unexplained = new Set<number>()
    for (const id of await this.deriveAgain(toDerive, changed)) if (!pendingIds.has(id)) unexplained.add(bucketOf(id))
    // Nothing changed since the buckets were written (no line twice, none derived again): the list is their merge.
    if (changed.size === 0 && toDerive.length === 0 && lines === this.count()) {
      this.sorted = mergeSortedRuns(this.storedRuns)
    }
    if (readOnly) return
    await Promise.all([...changed].map((b) => this.writeBucket(b)))
    const lost = [...untrusted].filter((b) => buckets[b]!.damaged || (changed.has(b) && unexplained.has(b)))
    if (lost.length > 0 && !(listExpectedMissing && buckets.every((b) => !b.damaged))) {
      this.notices.add({
        kind: 'index-rebuilt',
        document: 'the client list',
        message: 'The client list was damaged or missing, so it was rebuilt from the client records; no client record was affected.'
      })
    }
    // Records the log holds are synced before it lets go of them: after the list is shown (checkFolder), not before.
    if (logged.records.size > 0) this.clearOwed = true
    else if (pendingIds.size > 0) await this.pending.clear()
  }

  private folderCheckOwed = false
  private clearOwed = false

  /**
   * The clients folder compared with the list after an open that left it for later (see open):
   * a record added by hand is listed, a line whose record was removed by hand is dropped, and
   * temp files left by a crash are removed. Run under the store's exclusive lock, so no save
   * changes the folder meanwhile. Returns the folder's names.
   */
  async checkFolder(): Promise<string[]> {
    if (this.clearOwed) {
      this.clearOwed = false
      await this.pending.clear()
    }
    const files = await listIfExists(this.fs, join(this.docs.liveDir, 'clients'))
    if (!this.folderCheckOwed) return files
    this.folderCheckOwed = false
    await this.removeTempFiles(files)
    const changed = new Set<number>()
    await this.deriveAgain(this.compareWithFolder(files, new Set(), new Set(), changed), changed)
    if (changed.size > 0) this.sorted = null
    await Promise.all([...changed].map((b) => this.writeBucket(b)))
    return files
  }

  private count(): number {
    return this.buckets.reduce((sum, bucket) => sum + bucket.size, 0)
  }

  /** The ids whose line must be derived again from their record; drops lines whose record is gone (into `changed`). */
  private compareWithFolder(files: string[], pendingIds: Set<string>, untrusted: Set<number>, changed: Set<number>): string[] {
    const toDerive: string[] = []
    let listedOnDisk = 0
    for (const name of files) {
      const id = clientIdFromFile(name)
      if (id === null) continue
      const bucket = bucketOf(id)
      const listed = this.buckets[bucket]!.has(id)
      if (listed) listedOnDisk += 1
      if (!listed || pendingIds.has(id) || (untrusted.size > 0 && untrusted.has(bucket))) toDerive.push(id)
    }
    // Lines whose record is gone; only looked for when not every line was matched by a file.
    if (listedOnDisk < this.count()) {
      const onDisk = new Set(files.map(clientIdFromFile))
      this.buckets.forEach((bucket, b) => {
        for (const id of bucket.keys()) {
          if (onDisk.has(id)) continue
          bucket.delete(id)
          this.sortKeys.delete(id)
          changed.add(b)
        }
      })
    }
    return toDerive
  }

  /** Each line derived again from its record (dropped when the record is gone); returns the ids whose line changed. */
  private async deriveAgain(ids: string[], changed: Set<number>): Promise<string[]> {
    const differed: string[] = []
    for (const id of ids) {
      const summary = await this.derive(id)
      if (summary && sameSummary(this.summaries.get(id), summary)) continue
      if (summary) this.summaries.set(id, summary)
      else this.summaries.delete(id)
      changed.add(bucketOf(id))
      differed.push(id)
    }
    return differed
  }

  /** The list line from the client's document; a record from a newer PhysioPlan is listed, marked as such. */
  private async derive(id: string): Promise<ClientSummary | null> {
    const rel = relPath.client(id)
    try {
      const doc = await this.docs.load(this.kinds.client, rel)
      return doc && summarize(doc)
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'newer-version')) return null
      const raw = await this.docs.file(rel).read().catch(() => null)
      const { mtimeMs } = await this.fs.stat(join(this.docs.liveDir, rel))
      return summarizeNewer(id, raw, new Date(mtimeMs).toISOString())
    }
  }

  /**
   * Makes every line's search text ahead of the first search, a slice at a time: made all at once
   * by the first keystroke, it took ~55 ms for 10,000 clients. Each slice waits for the event
   * loop first, so a request waits for one slice at most.
   */
  async warmSearch(): Promise<void> {
    const all = this.summaries.values()
    for (let at = 0; at < all.length; at += searchWarmSlice) {
      await yieldToLoop()
      for (const summary of all.slice(at, at + searchWarmSlice)) haystackOf(summary)
    }
  }

  list(query: ListClientsQuery = {}): ClientSummary[] {
    this.sorted ??= sortByName(this.summaries.values(), this.keyOf)
    return orderBy(this.sorted.filter((s) => matches(s, query)), query.sort)
  }

  page({ offset, limit, ...query }: ClientPageQuery): ClientPage {
    const found = this.list(query)
    return { items: found.slice(offset, offset + limit), offset, total: found.length, stored: this.sorted!.length }
  }

  get(id: string): ClientSummary | undefined {
    return this.summaries.get(id)
  }

  /**
   * Runs a change to a client's document and then updates the list. The id reaches the pending
   * log before the document changes on disk (`work` waits for `logged` before it renames or
   * deletes), so a crash between the document and the list is repaired on the next open.
   */
  async change<T>(id: string, work: (log: (bytes?: Uint8Array | null) => Promise<void>) => Promise<{ result: T; summary: ClientSummary | null }>): Promise<T> {
    return this.pending.around(id, async (log) => {
      const { result, summary } = await work(log)
      const current = this.summaries.get(id)
      if (summary && sameSummary(current, summary)) return result
      if (summary) this.summaries.set(id, summary)
      else if (current) this.summaries.delete(id)
      else return result
      this.sorted = null
      this.writeBucketAfter(bucketOf(id))
      return result
    })
  }

  /**
   * The save is acknowledged without waiting for its list bucket: the document and the pending
   * log's line are on the disk, and the line gets the list entry derived again if a crash comes
   * first (see PendingLog). This process reads the list from memory, already changed; the write
   * holds the store's lock, so no snapshot, restore or import runs before it lands.
   *
   * The writes wait a moment (listWriteDelayMs) and then run one after another, so a run of
   * saves writes each changed bucket once rather than once per save; anything that needs them on
   * the disk (the store's exclusive lock, idle, the log's compaction) has them written at once.
   */
  private writeBucketAfter(bucket: number): void {
    this.unsynced.add(bucket)
    if (this.scheduled.has(bucket)) return // that write, not begun yet, will hold this change too
    this.scheduled.add(bucket)
    const written = Promise.all([this.dueSoon(), this.lastWrite])
      .then(() => {
        this.scheduled.delete(bucket)
        return this.writeBucket(bucket, { durable: false })
      })
      .then(() => false, () => true)
    this.lastWrite = written
    this.writing.set(bucket, written)
    this.lock?.holdFor(written)
  }

  private lastWrite: Promise<unknown> = Promise.resolve()
  private due: { promise: Promise<void>; now: () => void } | null = null

  /** Resolves when the waiting list writes are due: after listWriteDelayMs, or at once when hurried. */
  private dueSoon(): Promise<void> {
    if (this.due) return this.due.promise
    let start!: () => void
    const promise = new Promise<void>((resolve) => (start = resolve))
    const timer = setTimeout(() => due.now(), listWriteDelayMs)
    const due = {
      promise,
      now: () => {
        clearTimeout(timer)
        if (this.due === due) this.due = null
        start()
      }
    }
    this.due = due
    return promise
  }

  /** Starts the waiting list writes now. */
  hurry(): void {
    this.due?.now()
  }

  /** Resolves once the list writes that saves did not wait for have landed (or failed; see syncBuckets). */
  async idle(): Promise<void> {
    this.hurry()
    const seen = new Set<Promise<boolean>>()
    for (;;) {
      const waiting = [...this.writing.values()].filter((w) => !seen.has(w))
      if (waiting.length === 0) return
      await Promise.all(waiting)
      for (const w of waiting) seen.add(w)
    }
  }

  /** Before the folder is let go: the list and the records on disk, and the pending log emptied. */
  async settle(): Promise<void> {
    await this.checkpoint()
    await this.pending.release()
  }

  /** The list and the records on disk for good, and the pending log emptied (before a snapshot too, under the store's exclusive lock). */
  async checkpoint(): Promise<void> {
    if (this.unsynced.size > 0 || this.docs.hasUnsynced()) await this.pending.clear()
  }

  /** Before the live folder is replaced (a restore): the open log file is let go. */
  release(): Promise<void> {
    return this.pending.release()
  }

  private async syncBuckets(): Promise<void> {
    this.hurry()
    const buckets = [...this.unsynced]
    const failed = await Promise.all(buckets.map((b) => this.writing.get(b) ?? false))
    // A write that failed (a full disk, say) is tried again, waiting for the disk; if it fails
    // again, the pending log is kept, so the list is still derived again at the next open.
    for (const [i, b] of buckets.entries()) if (failed[i]) await this.writeBucket(b)
    await this.docs.sync(buckets.filter((_, i) => !failed[i]).map((b) => relPath.indexBucket(b)))
    for (const b of buckets) {
      this.unsynced.delete(b)
      this.writing.delete(b)
    }
  }

  /**
   * For an import under the store's exclusive lock: the ids are logged once, each record is
   * written by `work`, and the list is written once at the end rather than once per client.
   */
  async changeMany(ids: string[], work: (listed: (summary: ClientSummary) => void) => Promise<void>): Promise<void> {
    await this.pending.appendAll(ids) // voids their logged records, once those are on the disk on their own
    const touched = new Set<number>()
    await work((summary) => {
      if (sameSummary(this.summaries.get(summary.id), summary)) return
      this.summaries.set(summary.id, summary)
      touched.add(bucketOf(summary.id))
    })
    this.sorted = null
    // One batch: the changed buckets share one folder fsync.
    await this.docs.saveMany(this.kinds.indexBucket, [...touched].map((b) => ({ rel: relPath.indexBucket(b), value: indexBucketDocument([...this.buckets[b]!.values()], this.keyOf) })))
    await this.pending.clear()
  }

  private async writeBucket(bucket: number, { durable = true } = {}): Promise<void> {
    this.sorted = null
    const clients = [...this.buckets[bucket]!.values()]
    await this.docs.saveDerived(this.kinds.indexBucket, relPath.indexBucket(bucket), indexBucketDocument(clients, this.keyOf), { durable })
    if (!durable) return
    this.unsynced.delete(bucket)
    this.writing.delete(bucket)
  }

  private async removeTempFiles(names: string[]): Promise<void> {
    const dir = join(this.docs.liveDir, 'clients')
    await Promise.all(names.filter(isTempFile).map((name) => this.fs.unlink(join(dir, name)).catch(() => undefined)))
  }

  /** Forget everything in memory and read it again (after a restore or an import). */
  async reload(options: { listExpectedMissing?: boolean } = {}): Promise<void> {
    await this.pending.release()
    this.summaries.clear()
    this.folderCheckOwed = false
    this.sorted = null
    await this.open(options)
    if (this.clearOwed) {
      this.clearOwed = false
      await this.pending.clear()
    }
  }
}
