import { randomUUID } from 'node:crypto'
import { readFileSync, unlinkSync } from 'node:fs'
import { hostname } from 'node:os'
import { dirname, join } from 'node:path'
import { AppError } from '../../../shared/ipc/result'
import { errnoOf, isMissing, readIfExists, type FsPort } from './fs-port'

/**
 * One app per data folder. Two processes writing one folder lose saves without a word (each
 * keeps its own index and queue), so the store holds an exclusive lock file while it is open:
 * another process, profile, user or computer (shared drive) is refused with a message naming
 * the holder. A lock whose process is gone (same computer) or whose heartbeat stopped (other
 * computer) is stale and taken over.
 */
export const LOCK_FILE = 'physioplan.lock'
export const HEARTBEAT_MS = 60_000
/** A holder on another computer that has not refreshed its lock for this long has gone. */
export const STALE_AFTER_MS = 10 * 60_000

export interface LockHolder {
  pid: number
  host: string
  startedAt: string
  heartbeatAt: string
  token: string
}

export interface LockEnvironment {
  pid: number
  host: string
  now: () => Date
  /** False when no process with this id runs on this computer. */
  isAlive: (pid: number) => boolean
}

export const processIsAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoOf(error) === 'EPERM' // alive, but another user's
  }
}

export const thisProcess = (): LockEnvironment => ({ pid: process.pid, host: hostname(), now: () => new Date(), isAlive: processIsAlive })

function parseHolder(bytes: Buffer | null): LockHolder | null {
  if (!bytes) return null
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<LockHolder>
    const valid = typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string'
    return valid ? { startedAt: '', heartbeatAt: '', ...value } as LockHolder : null
  } catch {
    return null
  }
}

export function isStale(holder: LockHolder | null, env: LockEnvironment): boolean {
  if (!holder) return true // unreadable: left half-written by a crash
  // Our own process id here means an earlier process that had it (locks held here are shared first).
  if (holder.host === env.host) return holder.pid === env.pid || !env.isAlive(holder.pid)
  const beat = Date.parse(holder.heartbeatAt)
  return !Number.isFinite(beat) || env.now().getTime() - beat > STALE_AFTER_MS
}

export function lockedMessage(holder: LockHolder, lockPath: string): string {
  const since = holder.startedAt ? ` since ${holder.startedAt.replace('T', ' ').slice(0, 16)} UTC` : ''
  return (
    `This data folder is already in use by PhysioPlan on computer "${holder.host}" (process ${holder.pid})${since}. ` +
    `Close PhysioPlan there, then try again. If PhysioPlan is not running there, delete the file ${lockPath}.`
  )
}

/** Locks held by this process, so that a second store on the same folder here shares the lock. */
const heldHere = new Map<string, { token: string; users: number }>()

/** Removes, as the process exits, every lock it still holds: one exit listener for all of them. */
function releaseHeldAtExit(): void {
  for (const [path, { token }] of heldHere) {
    try {
      if (parseHolder(readFileSync(path))?.token === token) unlinkSync(path)
    } catch {
      // already gone
    }
  }
}
let exitListened = false

export class FolderLock {
  readonly path: string
  private token: string | null = null
  private timer: ReturnType<typeof setInterval> | null = null
  private lost = false

  constructor(private readonly fs: FsPort, dataDir: string, private readonly env: LockEnvironment = thisProcess()) {
    this.path = join(dataDir, LOCK_FILE)
  }

  async acquire(): Promise<void> {
    if (this.token) return
    const shared = heldHere.get(this.path)
    if (shared && this.env.pid === process.pid) {
      shared.users++
      this.token = shared.token
      return
    }
    const token = randomUUID()
    await this.fs.mkdir(dirname(this.path), { recursive: true })
    if (!(await this.tryCreate(token))) {
      const holder = parseHolder(await readIfExists(this.fs, this.path))
      if (!isStale(holder, this.env)) throw new AppError('conflict', lockedMessage(holder!, this.path))
      await this.removeStale(holder)
      if (!(await this.tryCreate(token))) {
        const winner = parseHolder(await readIfExists(this.fs, this.path))
        throw new AppError('conflict', winner ? lockedMessage(winner, this.path) : `The data folder lock ${this.path} could not be taken.`)
      }
    }
    this.token = token
    this.lost = false
    heldHere.set(this.path, { token, users: 1 })
    if (!exitListened) {
      process.once('exit', releaseHeldAtExit)
      exitListened = true
    }
    this.timer = setInterval(() => void this.refresh(), HEARTBEAT_MS)
    this.timer.unref()
  }

  /** Refuses a write once another process has taken the folder over (e.g. after a long sleep). */
  assertHeld(): void {
    if (this.lost) {
      throw new AppError('conflict', 'Another PhysioPlan has taken over this data folder. Your last change was not saved; please restart PhysioPlan.')
    }
  }

  async release(): Promise<void> {
    const shared = heldHere.get(this.path)
    if (!this.token) return
    this.token = null
    if (shared && --shared.users > 0) return
    this.stopHeartbeat()
    heldHere.delete(this.path)
    const holder = parseHolder(await readIfExists(this.fs, this.path))
    if (holder?.token === shared?.token) await this.fs.unlink(this.path).catch(() => undefined)
  }

  private holderRecord(token: string, startedAt = this.env.now().toISOString()): LockHolder {
    return { pid: this.env.pid, host: this.env.host, startedAt, heartbeatAt: this.env.now().toISOString(), token }
  }

  private async tryCreate(token: string): Promise<boolean> {
    let handle
    try {
      handle = await this.fs.open(this.path, 'wx', 0o600)
    } catch (error) {
      if (errnoOf(error) === 'EEXIST') return false
      throw error
    }
    // Not fsynced: after a power cut the holder is gone anyway, and O_EXCL creation is what excludes.
    try {
      await handle.writeFile(JSON.stringify(this.holderRecord(token), null, 2))
    } finally {
      await handle.close()
    }
    return true
  }

  /** Moves the stale lock aside; if a live one was moved by a race, it is put back. */
  private async removeStale(stale: LockHolder | null): Promise<void> {
    const aside = `${this.path}.stale-${randomUUID()}`
    try {
      await this.fs.rename(this.path, aside)
    } catch (error) {
      if (isMissing(error)) return
      throw error
    }
    const moved = parseHolder(await readIfExists(this.fs, aside))
    if (moved && moved.token !== stale?.token) await this.fs.link(aside, this.path).catch(() => undefined)
    await this.fs.unlink(aside).catch(() => undefined)
  }

  /** The heartbeat: notices a takeover, else renews the time other computers judge staleness by. */
  async refresh(): Promise<void> {
    const token = this.token
    if (!token) return
    try {
      const holder = parseHolder(await readIfExists(this.fs, this.path))
      if (holder?.token !== token) {
        this.lost = true
        this.stopHeartbeat()
        return
      }
      const next = `${this.path}.${token}.tmp`
      const handle = await this.fs.open(next, 'w', 0o600)
      try {
        await handle.writeFile(JSON.stringify(this.holderRecord(token, holder.startedAt), null, 2))
      } finally {
        await handle.close()
      }
      await this.fs.rename(next, this.path)
    } catch {
      // A missed heartbeat is retried; the lock only goes stale after several.
    }
  }

  private stopHeartbeat(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}
