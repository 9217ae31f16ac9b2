import { join } from 'node:path'
import type { Template } from '../../../shared/domain/template'
import { isTempFile } from './atomic-write'
import { localDay } from '../../../shared/domain/common'
import { Backups } from './backups'
import { ClientIndex } from './client-index'
import { clientDisplayName } from '../../../shared/domain/client'
import { Documents } from './documents'
import { listIfExists, nodeFs, type FsPort } from './fs-port'
import { KeyedQueue } from './keyed-queue'
import { documentKinds, type DocumentKinds } from './kinds'
import { storeDirs, type StoreDirs } from './layout'
import { FolderLock } from './folder-lock'
import { finishSwap } from './live-swap'
import { StoreNotices } from './notices'
import { RwLock } from './rw-lock'

export interface StoreOptions {
  dataDir: string
  fs?: FsPort
  now?: () => Date
  /** Templates shipped with the app (data/templates.json); listed read-only beside the clinician's own. */
  builtInTemplates?: Template[]
}

/** Everything the repositories share. Built once per data folder. */
export class StoreContext {
  readonly fs: FsPort
  readonly now: () => Date
  readonly dirs: StoreDirs
  readonly queue = new KeyedQueue()
  readonly lock = new RwLock()
  readonly notices: StoreNotices
  readonly kinds: DocumentKinds
  readonly backups: Backups
  readonly docs: Documents
  readonly index: ClientIndex
  readonly builtInTemplates: Template[]
  readonly folderLock: FolderLock
  private dailyChecked: string | null = null

  constructor(options: StoreOptions) {
    this.fs = options.fs ?? nodeFs
    this.now = options.now ?? (() => new Date())
    this.dirs = storeDirs(options.dataDir)
    this.builtInTemplates = options.builtInTemplates ?? []
    this.folderLock = new FolderLock(this.fs, options.dataDir)
    this.notices = new StoreNotices(this.now)
    this.kinds = documentKinds((id) => {
      const summary = this.index?.get(id)
      return summary && clientDisplayName(summary)
    })
    this.backups = new Backups(this.fs, this.dirs.live, this.dirs.backups, this.now)
    this.docs = new Documents(this.fs, this.dirs.live, this.queue, this.backups, this.notices, this.now)
    this.index = new ClientIndex(this.fs, this.docs, this.kinds, this.queue, this.notices)
  }

  async open(): Promise<void> {
    await this.folderLock.acquire()
    await finishSwap(this.fs, this.dirs.root, this.dirs.live)
    await this.prepareFolders()
    await this.removeTempFiles()
    await this.index.open()
  }

  async prepareFolders(): Promise<void> {
    for (const dir of ['clients', 'index', 'photos']) await this.fs.mkdir(join(this.dirs.live, dir), { recursive: true })
    await this.fs.mkdir(this.dirs.backups, { recursive: true })
  }

  /** Every change goes through here: the day's first change is preceded by a snapshot. */
  async write<T>(task: () => Promise<T>): Promise<T> {
    this.folderLock.assertHeld()
    await this.dailySnapshot()
    return this.lock.shared(task)
  }

  /** Takes the day's snapshot if it is due; safe to call at any time, it runs once a day. */
  async dailySnapshot(): Promise<void> {
    const today = localDay(this.now())
    if (this.dailyChecked === today) return
    await this.lock.exclusive(async () => {
      if (this.dailyChecked === today) return
      if (!(await this.backups.has('daily', today))) await this.backups.snapshot('daily')
      this.dailyChecked = today
    })
  }

  /** Left by a crash mid-write; clients/ is cleaned by the index, which lists it anyway. */
  private async removeTempFiles(): Promise<void> {
    for (const dir of ['', 'index', 'photos']) {
      const names = await listIfExists(this.fs, join(this.dirs.live, dir))
      await Promise.all(names.filter(isTempFile).map((name) => this.fs.unlink(join(this.dirs.live, dir, name)).catch(() => undefined)))
    }
  }
}
