import { basename, dirname, join } from 'node:path'
import { Low } from 'lowdb'
import { AppError } from '../../../shared/ipc/result'
import { syncFiles, writeAtomic, writeAtomicBatch } from './atomic-write'
import { plainCodec, type DocumentCodec } from './crypto/store-cipher'
import { decode, newerVersionError, type DocumentKind } from './document-kind'
import { DurableJsonFile, jsonBytes, UnparseableDocument } from './durable-json-file'
import { isMissing, readIfExists, type FsPort } from './fs-port'
import { timeSlicer } from './export-reader'
import { readError } from './io-errors'
import type { KeyedQueue } from './keyed-queue'
import { fileStamp } from './layout'
import type { StoreNotices } from './notices'

/** Older copies of a document, newest first (the backups). */
export interface BackupCopies {
  copiesOf(rel: string): AsyncIterable<{ bytes: Buffer; createdAt: string }>
}

/**
 * Reads and writes versioned documents under the live store folder. A document that does not
 * parse or validate is moved aside (never overwritten), replaced by its newest good backup if
 * there is one, and reported through the notices; a document from a newer version is refused.
 */
export class Documents {
  /**
   * Documents as last read or written, with the file's size and time then. This process is the
   * folder's only writer (the folder lock), so a save need not read, decrypt and re-check what
   * it wrote a moment ago; a file changed on disk all the same (a failing disk, a hand restore)
   * is read afresh. Frozen, so a caller can never change the kept copy by mistake.
   */
  private readonly recent = new Map<string, { value: unknown; stamp: string | typeof justWritten }>()
  /** Records replaced through the pending log and not yet fsynced (see writeLogged): the log's beforeClear syncs them. */
  private readonly unsynced = new Set<string>()
  /** Opened read-only after a crash: records the pending log holds but the files lost, served from memory. */
  private readonly logged = new Map<string, unknown>()

  constructor(
    private readonly fs: FsPort,
    readonly liveDir: string,
    private readonly queue: KeyedQueue,
    private readonly backups: BackupCopies,
    private readonly notices: StoreNotices,
    private readonly now: () => Date,
    readonly codec: DocumentCodec = plainCodec
  ) {}

  file<T>(rel: string, { durable = true, ...hooks }: { durable?: boolean; log?: (bytes: Uint8Array | null) => Promise<void>; afterRename?: () => void } = {}): DurableJsonFile<T> {
    return new DurableJsonFile<T>(this.fs, join(this.liveDir, rel), this.queue, rel, this.codec, durable, hooks)
  }

  /** Makes documents saved with durable: false reach the disk. */
  sync(rels: Iterable<string>): Promise<void> {
    return syncFiles(this.fs, [...rels].map((rel) => join(this.liveDir, rel)))
  }

  /** A photo or logo: raw bytes, sealed like the documents. */
  async writeBytes(rel: string, bytes: Uint8Array): Promise<void> {
    await writeAtomic(this.fs, join(this.liveDir, rel), await this.codec.encode(rel, bytes))
  }

  async readBytes(rel: string): Promise<Buffer> {
    return this.codec.decode(rel, await this.fs.readFile(join(this.liveDir, rel)))
  }

  /** A damaged document is moved aside and recovered from what still validates and its backups (see restore). */
  async load<T>(kind: DocumentKind<T>, rel: string): Promise<T | null> {
    if (this.logged.has(rel)) return this.logged.get(rel) as T
    const kept = this.recent.get(rel)
    if (kept?.stamp === justWritten) return kept.value as T
    const stamp = await this.stampOf(rel)
    if (kept && kept.stamp === stamp) return kept.value as T
    this.forget(rel)
    if (stamp === missing) return null // as reading it would find
    const first = await this.tryLoad(kind, rel)
    if (first.status !== 'damaged') return first.value === null ? null : this.remember(rel, first.value, stamp)
    return this.queue.run(join(this.liveDir, rel), async () => {
      const again = await this.tryLoad(kind, rel) // another caller may have recovered it meanwhile
      if (again.status !== 'damaged') return again.value
      return this.restore(kind, rel, await this.moveAside(rel))
    })
  }

  /** After a file changed other than through save (deleted, or the whole folder restored). */
  forget(rel?: string): void {
    if (rel !== undefined) return void this.recent.delete(rel)
    this.recent.clear()
    this.logged.clear()
    this.unsynced.clear() // the folder they were in is gone
  }

  /** Makes records replaced through the pending log durable on their own (all, or those of `rels`). */
  async syncLogged(rels?: string[]): Promise<void> {
    const due = rels ? rels.filter((rel) => this.unsynced.has(rel)) : [...this.unsynced]
    if (due.length === 0) return
    await syncFiles(this.fs, due.map((rel) => join(this.liveDir, rel)))
    for (const rel of due) this.unsynced.delete(rel)
  }

  hasUnsynced(): boolean {
    return this.unsynced.size > 0
  }

  /**
   * At open, a record the pending log holds (the newest bytes acknowledged for it). Its file is
   * put back where a lost write explains what the file holds: missing (a new client), empty or
   * cut short (the new name reached the disk, not all the bytes), or an older version of the
   * record (the rename did not reach it). Anything else is damage the log cannot explain, left to
   * load() to report and recover as always. A file as logged is synced before the log lets go of
   * it. Read-only, the record is served from memory instead. Returns whether it was put back.
   */
  async putBack<T>(kind: DocumentKind<T>, rel: string, bytes: Buffer, { readOnly = false } = {}): Promise<boolean> {
    const path = join(this.liveDir, rel)
    let current: Buffer | null
    try {
      current = await readIfExists(this.fs, path)
    } catch {
      return false // unreadable: load() says so
    }
    if (current?.equals(bytes)) {
      if (!readOnly) this.unsynced.add(rel)
      return false
    }
    const lostWrite =
      current === null ||
      (current.length < bytes.length && bytes.subarray(0, current.length).equals(current)) ||
      decodeBytes(kind, () => this.codec.decode(rel, current))?.status === 'ok'
    const logged = lostWrite ? decodeBytes(kind, () => this.codec.decode(rel, bytes)) : null
    if (logged?.status !== 'ok') return false
    this.forget(rel)
    if (readOnly) this.logged.set(rel, deepFreeze(logged.value))
    else await writeAtomic(this.fs, path, bytes)
    return true
  }

  private remember<T>(rel: string, value: T, stamp: string | null | typeof missing): T {
    if (typeof stamp === 'string') this.keep(rel, { value: deepFreeze(value), stamp })
    return value
  }

  private keep(rel: string, entry: { value: unknown; stamp: string | typeof justWritten }): void {
    if (this.recent.size >= recentLimit) this.recent.delete(this.recent.keys().next().value!)
    this.recent.set(rel, entry)
  }

  /** The file's size and modification time; null when it cannot be read, `missing` when it does not exist. */
  private async stampOf(rel: string): Promise<string | null | typeof missing> {
    const stat = await this.fs.stat(join(this.liveDir, rel)).catch((error: unknown) => (isMissing(error) ? missing : null))
    return stat === null || stat === missing ? stat : `${stat.size}:${stat.mtimeMs}`
  }

  /**
   * A derived document (the client list), and whether it was damaged: a damaged one is moved
   * aside and left to its owner to rebuild from its sources, never restored from an old copy.
   * Its owner holds it, so it is not kept here too.
   */
  async loadDerived<T>(kind: DocumentKind<T>, rel: string): Promise<{ value: T | null; damaged: boolean; migrated: boolean }> {
    const first = await this.tryLoad(kind, rel, true)
    if (first.status !== 'damaged') return { value: first.value, damaged: false, migrated: first.migrated }
    await this.queue.run(join(this.liveDir, rel), () => this.moveAside(rel))
    return { value: null, damaged: true, migrated: false }
  }

  /** log: the pending log's append for a client's record, which makes the save durable (see writeLogged). */
  async save<T>(kind: DocumentKind<T>, rel: string, value: T, { log }: { log?: (bytes: Uint8Array | null) => Promise<void> } = {}): Promise<void> {
    const checked = kind.schema.parse(value)
    this.forget(rel) // a failed write must not leave the unsaved version here
    if (!log) {
      // The new file's stamp is taken while its folder is fsynced, rather than after.
      let stamp: ReturnType<typeof this.stampOf> | undefined
      await new Low<T>(this.file<T>(rel, { afterRename: () => (stamp = this.stampOf(rel)) }), checked).write()
      return void this.remember(rel, checked, await (stamp ?? this.stampOf(rel)))
    }
    await new Low<T>(this.file<T>(rel, { log }), checked).write()
    this.unsynced.add(rel)
    // Kept as written while the new file's stamp is taken, which the save does not wait for.
    const entry = { value: deepFreeze(checked) as unknown, stamp: justWritten as string | typeof justWritten }
    this.keep(rel, entry)
    void this.stampOf(rel).then((stamp) => {
      if (this.recent.get(rel) !== entry) return
      if (typeof stamp === 'string') entry.stamp = stamp
      else this.recent.delete(rel)
    })
  }

  /**
   * A derived document (the client list), rebuilt from its sources when lost, so not kept here.
   * durable: false returns before it reaches the disk, which a crash can leave stale, never lost (see writeReplacing).
   */
  async saveDerived<T>(kind: DocumentKind<T>, rel: string, value: T, { durable = true } = {}): Promise<void> {
    await new Low<T>(this.file<T>(rel, { durable }), kind.schema.parse(value)).write()
  }

  /**
   * For an import, under the store's exclusive lock: saves documents of one folder as one
   * batch (see writeAtomicBatch), each checked and sealed as save() does, yielding between
   * them so main is never blocked for long. They are not kept in memory: an import writes
   * thousands, which would only push out what the clinician is working on.
   */
  /** `checked` marks a value that is already the schema's own output, so it is not validated again. */
  async saveMany<T>(kind: DocumentKind<T>, entries: readonly { rel: string; value: T; checked?: boolean }[]): Promise<void> {
    if (entries.length === 0) return
    const dir = dirname(entries[0]!.rel)
    const slice = timeSlicer()
    const files: { name: string; data: Uint8Array }[] = []
    for (const { rel, value, checked: valid } of entries) {
      if (dirname(rel) !== dir) throw new Error(`saveMany writes one folder: ${rel} is not in ${dir}`)
      await slice()
      const checked = valid ? value : kind.schema.parse(value)
      this.forget(rel)
      files.push({ name: basename(rel), data: await this.codec.encode(rel, jsonBytes(checked)) })
    }
    await writeAtomicBatch(this.fs, join(this.liveDir, dir), files)
  }

  private async tryLoad<T>(kind: DocumentKind<T>, rel: string, derived = false): Promise<{ status: 'ok'; value: T | null; migrated: boolean } | { status: 'damaged' }> {
    let raw: unknown
    try {
      const db = new Low<unknown>(this.file(rel), null)
      await db.read()
      raw = db.data
    } catch (error) {
      if (error instanceof UnparseableDocument) return { status: 'damaged' }
      throw readError(error)
    }
    if (raw === null) return { status: 'ok', value: null, migrated: false }
    const decoded = decode(kind, raw)
    // Derived documents (the client list) from a newer version are rebuilt, never fatal.
    if (decoded.status === 'newer' && derived) return { status: 'damaged' }
    if (decoded.status === 'newer') throw newerVersionError(kind.describe(rel))
    if (decoded.status === 'invalid') return { status: 'damaged' }
    return { status: 'ok', value: decoded.value, migrated: decoded.migrated }
  }

  private async moveAside(rel: string): Promise<string> {
    const live = join(this.liveDir, rel)
    const aside = live.replace(/\.json$/, '') + `.corrupt-${fileStamp(this.now())}.json`
    try {
      await this.fs.rename(live, aside)
    } catch (error) {
      throw readError(error)
    }
    return aside
  }

  /**
   * Recovers a damaged document: whatever still validates in it is kept and merged with the
   * newest good backup; failing that, the backup replaces it. The notice says what was lost;
   * where the damaged file was kept is its asideFile (the banner shows it), not repeated here.
   */
  private async restore<T>(kind: DocumentKind<T>, rel: string, aside: string): Promise<T | null> {
    const live = join(this.liveDir, rel)
    const what = kind.describe(rel)
    const backup = await this.newestGoodCopy(kind, rel)
    const damagedRaw = kind.salvage ? await this.readRaw(rel, aside) : undefined
    const salvaged = damagedRaw !== undefined ? kind.salvage!(damagedRaw, backup?.value ?? null) : null
    if (salvaged) {
      await writeAtomic(this.fs, live, await this.codec.encode(rel, jsonBytes(kind.schema.parse(salvaged.value))))
      const source = salvaged.usedBackup && backup ? `, with the backup of ${backupTime(backup.createdAt)} for the parts it could not read` : ''
      const lost = salvaged.lost.length > 0 ? `Could not be recovered: ${salvaged.lost.join('; ')}.` : 'Nothing was lost.'
      this.notices.add({
        kind: 'salvaged',
        document: what,
        clientId: kind.clientOf?.(rel),
        asideFile: aside,
        message: `${capitalise(what)} was damaged. PhysioPlan kept everything it could read from it${source}. ${lost}`
      })
      return salvaged.value
    }
    if (backup) {
      await writeAtomic(this.fs, live, backup.bytes)
      this.notices.add({
        kind: 'restored-from-backup',
        document: what,
        clientId: kind.clientOf?.(rel),
        asideFile: aside,
        message: `${capitalise(what)} was damaged and could not be read, so it was restored from the backup of ${backupTime(backup.createdAt)}. Could not be recovered: any change to it made after that backup.`
      })
      return backup.value
    }
    this.notices.add({
      kind: 'moved-aside',
      document: what,
      clientId: kind.clientOf?.(rel),
      asideFile: aside,
      message: `${capitalise(what)} was damaged and could not be read, and there is no backup of it, so it could not be recovered.`
    })
    return null
  }

  private async newestGoodCopy<T>(kind: DocumentKind<T>, rel: string): Promise<{ value: T; bytes: Buffer; createdAt: string } | null> {
    for await (const copy of this.backups.copiesOf(rel)) {
      const decoded = decodeBytes(kind, () => this.codec.decode(rel, copy.bytes))
      if (decoded?.status === 'ok') return { value: decoded.value, bytes: copy.bytes, createdAt: copy.createdAt }
    }
    return null
  }

  /** The damaged file's JSON, if it still parses (its content failed validation); undefined if not. */
  private async readRaw(rel: string, path: string): Promise<unknown> {
    try {
      return (await new DurableJsonFile(this.fs, path, this.queue, rel, this.codec).read()) ?? undefined
    } catch {
      return undefined
    }
  }
}

/** A backup's time as the clinician reads it: "1 Mar 2025, 09:00" (local time). */
const backupTime = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })

function decodeBytes<T>(kind: DocumentKind<T>, bytes: () => Buffer) {
  try {
    return decode(kind, JSON.parse(bytes().toString('utf8')))
  } catch {
    return null
  }
}

const recentLimit = 256
/** A document this process has just written, whose file's stamp is still being taken. */
const justWritten = Symbol('just written')
const missing = Symbol('missing')

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

export function notFound(what: string): AppError {
  return new AppError('not-found', `${capitalise(what)} was not found; it may have been deleted.`)
}
