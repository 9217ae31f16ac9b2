import { join } from 'node:path'
import type { Template } from '../../../shared/domain/template'
import { isTempFile } from './atomic-write'
import { localDay } from '../../../shared/domain/common'
import { Backups } from './backups'
import { ClientIndex } from './client-index'
import { clientDisplayName } from '../../../shared/domain/client'
import { Documents } from './documents'
import { ClientKeyring } from './crypto/client-keyring'
import { encryptInPlace, upgradeMarker } from './crypto/encrypt-in-place'
import type { KeyVault } from './crypto/key-vault'
import { PracticeKeys } from './crypto/practice-keys'
import { encryptingCodec, plainCodec, type DocumentCodec } from './crypto/store-cipher'
import { isReadOnlyError, readOnlyError } from './io-errors'
import { listIfExists, makePrivateDir, nodeFs, readIfExists, type FsPort } from './fs-port'
import { writeAtomic } from './atomic-write'
import { listTree } from './tree'
import { defaultRetention, type Retention } from '../../../shared/ipc/privacy-contract'
import { removeOldDamagedFiles } from './damaged-files'
import { KeyedQueue } from './keyed-queue'
import { documentKinds, type DocumentKinds } from './kinds'
import { relPath, storeDirs, type StoreDirs } from './layout'
import { FolderLock } from './folder-lock'
import { finishSwap } from './live-swap'
import { noticeFile } from './notice-file'
import { StoreNotices } from './notices'
import { RwLock } from './rw-lock'

export interface StoreOptions {
  dataDir: string
  fs?: FsPort
  now?: () => Date
  /**
   * Templates shipped with the app (data/templates*.json); listed read-only beside the clinician's
   * own. A function is called on first use, so opening the store does not wait for the library.
   */
  builtInTemplates?: Template[] | (() => Template[])
  /**
   * The OS keychain that keeps the practice key. With one, every file is encrypted (the app
   * always passes one); without, the store is plain (benchmarks compare the two).
   */
  vault?: KeyVault
}

/**
 * Snapshots that hold the records as they were before the day's first change. An import that is
 * the day's first change has just taken one: another at the next save would copy all it added.
 */
const dayStarts = ['daily', 'before-import'] as const

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
  private readonly templatesSource: Template[] | (() => Template[])
  readonly folderLock: FolderLock
  readonly keys: PracticeKeys | null
  readonly keyring: ClientKeyring | null
  readonly codec: DocumentCodec
  private dailyChecked: string | null = null

  get builtInTemplates(): Template[] {
    return typeof this.templatesSource === 'function' ? this.templatesSource() : this.templatesSource
  }

  constructor(options: StoreOptions) {
    this.fs = options.fs ?? nodeFs
    this.now = options.now ?? (() => new Date())
    this.dirs = storeDirs(options.dataDir)
    this.templatesSource = options.builtInTemplates ?? []
    this.folderLock = new FolderLock(this.fs, options.dataDir)
    this.keys = options.vault ? new PracticeKeys(this.fs, this.dirs.keys, options.vault) : null
    const practiceKey = () => this.keys!.get()
    this.keyring = this.keys ? new ClientKeyring(this.fs, this.dirs.keys, practiceKey) : null
    this.codec = this.keyring ? encryptingCodec(practiceKey, this.keyring) : plainCodec
    this.notices = new StoreNotices(this.now)
    this.kinds = documentKinds((id) => {
      const summary = this.index?.get(id)
      return summary && clientDisplayName(summary)
    })
    this.backups = new Backups(this.fs, this.dirs.live, this.dirs.backups, this.now, () => this.retention(), () => this.index.checkpoint())
    this.docs = new Documents(this.fs, this.dirs.live, this.queue, this.backups, this.notices, this.now, this.codec)
    this.index = new ClientIndex(this.fs, this.docs, this.kinds, this.queue, this.notices, this.lock)
  }

  /** True when the data folder refused the lock file: every record readable, nothing written. */
  readOnly = false

  async open(): Promise<void> {
    const refusesWrites = (error: unknown) => {
      if (isReadOnlyError(error)) return true
      throw error
    }
    this.readOnly = await this.folderLock.acquire().then(() => this.probeWrite(), refusesWrites).then(() => false, refusesWrites)
    if (this.readOnly) return this.openReadOnly()
    await finishSwap(this.fs, this.dirs.root, this.dirs.live)
    const { upgrading, clientKeys } = await this.unlock()
    const prepared = (async () => {
      await this.prepareFolders()
      // Independent small steps side by side: each is a few waits for the disk.
      await Promise.all([this.notices.attach(noticeFile(this.fs, this.dirs.root, this.codec)), this.removeTempFiles(), this.backups.removePartial(), clientKeys])
      if (upgrading) await this.finishEncryption()
    })()
    prepared.catch(() => undefined) // reported below, by whichever waits for it
    // The list is read while the folders are made ready and the client keys read (it needs the practice key only); a plain store being encrypted is read once it is sealed.
    if (upgrading) await prepared
    await this.index.open({ checkFolderLater: true, readWhile: prepared })
    this.tidying = this.tidyAfterOpen()
    // Not waited for by anything: it only makes in memory what the first search would make.
    void this.tidying.then(() => this.index.warmSearch())
  }

  /** Resolves once the tidying that follows an open is done (see tidyAfterOpen). */
  tidied(): Promise<void> {
    return this.tidying
  }

  private tidying: Promise<void> = Promise.resolve()

  /**
   * What an open leaves until the list is shown: the clients folder compared with the list, and
   * damaged files past their age removed. It takes the store's exclusive lock at once (before the
   * day's snapshot, which may be waiting to start) and begins on a later turn of the event loop,
   * after the list is handed out; a save waits for it rather than racing it. A failure here
   * changes nothing: the next open tries again.
   */
  private tidyAfterOpen(): Promise<void> {
    return this.lock.exclusive(async () => {
      await new Promise<void>((resolve) => setImmediate(resolve))
      const clientFiles = this.index.checkFolder()
      const retention = await this.retention()
      await Promise.all([clientFiles, removeOldDamagedFiles(this.fs, this.dirs.live, retention.damagedFileDays, this.now(), this.notices, { clients: clientFiles })])
    }).catch(() => undefined)
  }

  /** The lock may be shared with another store in this process, so the folder is tried with a file of its own. */
  private async probeWrite(): Promise<void> {
    const probe = join(this.dirs.root, `.write-test-${process.pid}.tmp`)
    const handle = await this.fs.open(probe, 'w', 0o600)
    await handle.close()
    await this.fs.unlink(probe)
  }

  /** Nothing is tidied, rebuilt or saved; the clinician is told, every time, why changes are refused. */
  private async openReadOnly(): Promise<void> {
    if (this.keys && this.keyring) {
      await this.keys.unlockQuietly()
      await this.keyring.load()
    }
    await this.notices.attach(noticeFile(this.fs, this.dirs.root, this.codec))
    this.notices.add({ kind: 'read-only', document: 'your data folder', message: readOnlyError().message })
    await this.index.open({ readOnly: true })
  }

  /**
   * Opens the practice key; says whether a plain store is (still) being encrypted in place.
   * clientKeys: the client keys being read, needed for the records but not for the list.
   */
  private async unlock(): Promise<{ upgrading: boolean; clientKeys: Promise<void> }> {
    if (!this.keys || !this.keyring) return { upgrading: false, clientKeys: Promise.resolve() }
    const keyring = this.keyring
    const marker = upgradeMarker(this.dirs.keys)
    const [markerBytes, keyExists] = await Promise.all([readIfExists(this.fs, marker), this.keys.exists()])
    let upgrading = markerBytes !== null
    if (!upgrading && !keyExists && (await listTree(this.fs, this.dirs.live)).length > 0) {
      // Marked before the key exists, so a crash between the two can never leave plain files read as sealed.
      await makePrivateDir(this.fs, this.dirs.keys)
      await writeAtomic(this.fs, marker, 'plain store being encrypted')
      upgrading = true
    }
    await makePrivateDir(this.fs, this.dirs.keys)
    await this.keys.unlockQuietly()
    const clientKeys = keyring.load().then(() => keyring.upgradeFormat())
    clientKeys.catch(() => undefined) // reported by open, which waits for it
    return { upgrading, clientKeys }
  }

  private async finishEncryption(): Promise<void> {
    await encryptInPlace({ fs: this.fs, liveDir: this.dirs.live, backups: this.backups, keyring: this.keyring!, codec: this.codec, practiceKey: () => this.keys!.get() })
    // The notice is kept before the marker goes: a crash between the two repeats the (finished)
    // upgrade and the same notice, shown once; the other order could lose the notice.
    this.notices.add({
      kind: 'encrypted',
      document: 'your records',
      message: 'Your records and backups are now encrypted on this computer. Keep your recovery key safe: Settings → Privacy and security.'
    })
    await this.notices.idle()
    await this.fs.unlink(upgradeMarker(this.dirs.keys))
  }

  async prepareFolders(): Promise<void> {
    await makePrivateDir(this.fs, this.dirs.root)
    await makePrivateDir(this.fs, this.dirs.live)
    await Promise.all([...['clients', 'index', 'photos'].map((dir) => makePrivateDir(this.fs, join(this.dirs.live, dir))), makePrivateDir(this.fs, this.dirs.backups)])
  }

  async retention(): Promise<Retention> {
    return (await this.docs.load(this.kinds.retention, relPath.retention).catch(() => null))?.retention ?? defaultRetention
  }

  /**
   * Every change goes through here: the day's first change is preceded by a snapshot. The
   * snapshot is best-effort: on a nearly full disk it fails with a warning, and the save goes on.
   */
  async write<T>(task: () => Promise<T>): Promise<T> {
    this.assertWritable()
    await this.dailySnapshot().catch((error: unknown) => {
      this.dailyChecked = localDay(this.now()) // warned once a day, not on every save
      this.notices.add({
        kind: 'snapshot-failed',
        document: 'today’s backup',
        message: `Today’s backup could not be taken (${error instanceof Error ? error.message : 'unknown error'}). Your changes are still saved; free some disk space so tomorrow’s backup can be taken.`
      })
    })
    return this.lock.shared(task)
  }

  /** Refuses a change up front when the folder was opened read-only or another PhysioPlan took it over. */
  assertWritable(): void {
    if (this.readOnly) throw readOnlyError()
    this.folderLock.assertHeld()
  }

  /** Takes the day's snapshot if it is due; safe to call at any time, it runs once a day. */
  async dailySnapshot(): Promise<void> {
    const today = localDay(this.now())
    if (this.dailyChecked === today) return
    await this.lock.exclusive(async () => {
      if (this.dailyChecked === today) return
      if (!(await this.backups.has(dayStarts, today))) await this.backups.snapshot('daily')
      this.dailyChecked = today
    })
  }

  /** Left by a crash mid-write; clients/ is cleaned by the index, which lists it anyway. */
  private async removeTempFiles(): Promise<void> {
    await Promise.all(['', 'index', 'photos'].map(async (dir) => {
      const names = await listIfExists(this.fs, join(this.dirs.live, dir))
      await Promise.all(names.filter(isTempFile).map((name) => this.fs.unlink(join(this.dirs.live, dir, name)).catch(() => undefined)))
    }))
  }
}
