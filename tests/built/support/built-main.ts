import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { encodeCall } from '../../../shared/ipc/wire'

export const repoRoot = resolve(import.meta.dirname, '../../..')
export const builtMain = join(repoRoot, 'out/main/index.js')
const standIn = join(import.meta.dirname, '../stand-in')

export interface WindowReport {
  options: { show?: boolean; webPreferences: Record<string, unknown> }
  loaded: string[]
  session: string
  destroyed: boolean
  navigation: Record<string, 'allowed' | 'blocked'>
  newWindow: { action: string } | null
  webviewBlocked: boolean
}

export interface BootReport {
  mainLoadToWindowMs: number | null
  exitCode: number | null
  quitCalls: number
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[]
  /** Chromium command-line switches main set before ready. */
  switches: Record<string, string>
  protocols: string[]
  channels: string[]
  dialogs: { kind: string; options: { title?: string; message?: string; detail?: string } }[]
  menuItems: number
  sessions: { name: string; permissionRequestGranted: boolean | null; permissionCheckGranted: boolean | null; headerCsp: string | null }[]
  windows: WindowReport[]
}

export interface Sender {
  url: string
  isMainFrame: boolean
}

export interface Fetched {
  status: number
  headers: Record<string, string>
  body: Uint8Array
}

export const appPage: Sender = { url: 'app://physioplan/index.html#/clients', isMainFrame: true }

/**
 * A built main bundle (out/main/index.js, or one unpacked from app.asar) running in its own
 * Node process with `electron` resolved to the stand-in (tests/built/stand-in).
 */
export class BuiltMainProcess {
  private nextId = 0
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()

  private constructor(private readonly child: ChildProcess, readonly booted: BootReport, readonly cleanupDirs: string[]) {
    child.on('message', (message: { id?: number; value?: unknown; error?: string }) => {
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id)
      if (!waiting) return
      this.pending.delete(message.id!)
      if (message.error) waiting.reject(new Error(message.error))
      else waiting.resolve(message.value)
    })
  }

  static async boot(options: { mainPath?: string; dataDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<BuiltMainProcess> {
    const userData = mkdtempSync(join(tmpdir(), 'physioplan-built-user-'))
    const dataDir = options.dataDir ?? join(userData, 'data')
    const env: NodeJS.ProcessEnv = { ...process.env, PHYSIOPLAN_DATA_DIR: dataDir, PHYSIOPLAN_STANDIN_USER_DATA: userData, ...options.env }
    delete env.ELECTRON_RENDERER_URL
    delete env.NODE_OPTIONS
    const child = fork(join(standIn, 'host.mjs'), [options.mainPath ?? builtMain], {
      execArgv: ['--import', pathToFileURL(join(standIn, 'register.mjs')).href],
      serialization: 'advanced',
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc']
    })
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const first = await new Promise<{ type: string; report?: BootReport; error?: string }>((resolveBoot, rejectBoot) => {
      child.once('message', resolveBoot)
      child.once('exit', (code) => rejectBoot(new Error(`The built main exited (${code}) before it was ready:\n${output}`)))
    })
    if (first.type !== 'booted') {
      child.kill()
      throw new Error(`The built main failed to load:\n${first.error}\n${output}`)
    }
    return new BuiltMainProcess(child, first.report!, [userData])
  }

  private request<T>(message: Record<string, unknown>): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((resolveRequest, reject) => {
      this.pending.set(id, { resolve: resolveRequest as (value: unknown) => void, reject })
      this.child.send({ ...message, id })
    })
  }

  /** An IPC call as the app's preload sends it: the arguments in their wire form (shared/ipc/wire.ts). */
  invoke(channel: string, args: unknown[], sender: Sender = appPage): Promise<unknown> {
    return this.send(channel, encodeCall(args), sender)
  }

  /** An IPC message exactly as Electron delivers it to main: channel, what was sent and the sending frame. */
  send(channel: string, wire: unknown[], sender: Sender = appPage): Promise<unknown> {
    return this.request({ type: 'invoke', channel, args: wire, sender })
  }

  /** A request the page makes to app://, answered by the protocol handler main installed. */
  fetch(url: string, method = 'GET'): Promise<Fetched> {
    return this.request({ type: 'fetch', url, method })
  }

  report(): Promise<BootReport> {
    return this.request({ type: 'report' })
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((resolveExit) => this.child.once('exit', resolveExit))
      this.child.kill()
      await exited
    }
    for (const dir of this.cleanupDirs) rmSync(dir, { recursive: true, force: true })
  }
}
