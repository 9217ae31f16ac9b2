import { join } from 'node:path'
import { z } from 'zod'
import { localDay } from '../../../shared/domain/common'
import type { BackupInfo, BackupKind } from '../../../shared/ipc/store-types'
import { AppError } from '../../../shared/ipc/result'
import { syncDirectory, writeAtomic } from './atomic-write'
import type { BackupCopies } from './documents'
import { listIfExists, readIfExists, type FsPort } from './fs-port'
import { saveError } from './io-errors'
import { fileStamp } from './layout'
import { listTree, mirrorFiles } from './tree'
import { defaultRetention, type Retention } from '../../../shared/ipc/privacy-contract'

export const keepPerKind = defaultRetention.backupCount
const manifestName = 'backup.json'
const manifestSchema = z.object({
  createdAt: z.string(),
  kind: z.enum(['daily', 'manual', 'before-restore', 'before-import', 'before-encryption']),
  sizeBytes: z.number(),
  fileCount: z.number(),
  /** Size and modification time of each live file when it was copied, to link unchanged files next time. */
  files: z.record(z.string(), z.tuple([z.number(), z.number()])).optional()
})

/**
 * Snapshots of the whole live store, one folder each: backups/<time>-<kind>/. A snapshot
 * counts only once its manifest is written (last), so a crash mid-backup leaves no half backup.
 */
export class Backups implements BackupCopies {
  constructor(
    private readonly fs: FsPort,
    private readonly liveDir: string,
    readonly dir: string,
    private readonly now: () => Date,
    private readonly retention: () => Promise<Retention> = async () => defaultRetention,
    /** Records saved through the pending log are made durable on their own first, so a snapshot starts from settled files. */
    private readonly beforeSnapshot: () => Promise<void> = async () => {}
  ) {}

  async snapshot(kind: BackupKind): Promise<BackupInfo | null> {
    await this.beforeSnapshot().catch(() => undefined) // the log keeps them until the next try
    // The client list is derived (rebuilt from the records on restore) and holds every client's
    // name, so it is left out: a deleted client must not live on in an old copy of the list.
    const rels = (await listTree(this.fs, this.liveDir)).filter((rel) => !rel.startsWith('index/'))
    if (rels.length === 0) return null
    const createdAt = this.now()
    const id = `${fileStamp(createdAt)}-${kind}`
    const partial = join(this.dir, `.${id}.partial`)
    try {
      await this.fs.rm(partial, { recursive: true, force: true })
      const previous = (await this.list())[0]
      const previousFiles = previous ? ((await this.manifestOf(previous.id))?.files ?? {}) : {}
      const unchanged = (rel: string, size: number, mtimeMs: number) => {
        const stamp = previousFiles[rel]
        return previous && stamp && stamp[0] === size && stamp[1] === mtimeMs ? join(this.dir, previous.id, rel) : null
      }
      const { bytes, stamps } = await mirrorFiles(this.fs, this.liveDir, partial, rels, unchanged)
      const info: BackupInfo = { id, createdAt: createdAt.toISOString(), kind, sizeBytes: bytes, fileCount: rels.length }
      const { id: _id, ...summary } = info
      await writeAtomic(this.fs, join(partial, manifestName), JSON.stringify({ ...summary, files: stamps }))
      await this.fs.rename(partial, join(this.dir, id))
      await syncDirectory(this.fs, this.dir)
      await this.rotate(kind)
      return info
    } catch (error) {
      await this.fs.rm(partial, { recursive: true, force: true }).catch(() => undefined)
      throw saveError(error)
    }
  }

  /** Backups interrupted by a crash (.<id>.partial) are removed at the next start. */
  async removePartial(): Promise<void> {
    for (const name of await listIfExists(this.fs, this.dir)) {
      if (name.startsWith('.') && name.endsWith('.partial')) await this.fs.rm(join(this.dir, name), { recursive: true, force: true })
    }
  }

  /** Complete backups, newest first. */
  async list(): Promise<BackupInfo[]> {
    const names = (await listIfExists(this.fs, this.dir)).filter((n) => !n.startsWith('.')).sort().reverse()
    const infos: BackupInfo[] = []
    for (const id of names) {
      const manifest = await this.manifestOf(id)
      if (manifest) infos.push({ id, createdAt: manifest.createdAt, kind: manifest.kind, sizeBytes: manifest.sizeBytes, fileCount: manifest.fileCount })
    }
    return infos
  }

  async *copiesOf(rel: string): AsyncIterable<{ bytes: Buffer; createdAt: string }> {
    for (const backup of await this.list()) {
      const bytes = await readIfExists(this.fs, join(this.dir, backup.id, rel)).catch(() => null)
      if (bytes) yield { bytes, createdAt: backup.createdAt }
    }
  }

  async has(kinds: readonly BackupKind[], day: string): Promise<boolean> {
    return (await this.list()).some((b) => kinds.includes(b.kind) && localDay(new Date(b.createdAt)) === day)
  }

  /** The files of one backup, for restoring it. */
  async filesOf(id: string): Promise<{ dir: string; rels: string[] }> {
    if (!/^[0-9TZ-]+-[a-z-]+$/.test(id) || !(await this.manifestOf(id))) {
      throw new AppError('not-found', 'That backup was not found; it may have been removed.')
    }
    const dir = join(this.dir, id)
    return { dir, rels: (await listTree(this.fs, dir)).filter((rel) => rel !== manifestName) }
  }

  /** Keeps the newest `backupCount` of a kind, none older than `backupDays`, and always the newest backup of all. */
  private async rotate(kind: BackupKind): Promise<void> {
    const { backupCount, backupDays } = await this.retention()
    const all = await this.list()
    const oldest = this.now().getTime() - backupDays * 24 * 3600 * 1000
    const ofKind = all.filter((b) => b.kind === kind)
    const old = ofKind.filter((b, i) => b !== all[0] && (i >= backupCount || new Date(b.createdAt).getTime() < oldest))
    for (const backup of old) await this.fs.rm(join(this.dir, backup.id), { recursive: true, force: true })
  }

  private async manifestOf(id: string) {
    const bytes = await readIfExists(this.fs, join(this.dir, id, manifestName)).catch(() => null)
    if (!bytes) return null
    try {
      const parsed = manifestSchema.safeParse(JSON.parse(bytes.toString('utf8')))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }
}
