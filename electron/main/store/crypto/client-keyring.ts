import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { AppError } from '../../../../shared/ipc/result'
import type { FsPort } from '../fs-port'
import { DamagedCiphertext, seal, unseal } from './envelope'
import { MirroredKeyFile } from './mirrored-key-file'

/**
 * One data key per client, kept together in keys/client-keys, sealed with the practice key.
 * The keyring is never copied into backups: deleting a client deletes its key here, and
 * every backup of that client's record becomes unreadable (crypto-shredding).
 */
export class ClientKeyring {
  /** Kept as stored (base64) until first used: decoding all 10,000 keys of a busy practice slowed every start. */
  private keys = new Map<string, Buffer | string>()
  private readonly file: MirroredKeyFile<Record<string, string>>
  private queued: Promise<void> | null = null
  private writing: Promise<void> = Promise.resolve()

  constructor(
    fs: FsPort,
    keysDir: string,
    private readonly practiceKey: () => Buffer
  ) {
    this.file = new MirroredKeyFile(fs, join(keysDir, 'client-keys'), (bytes) =>
      JSON.parse(unseal(this.practiceKey(), bytes, 'client-keys').toString('utf8')) as Record<string, string>)
  }

  async load(): Promise<void> {
    let entries: Record<string, string> | null
    try {
      entries = await this.file.read()
    } catch (error) {
      if (error instanceof DamagedCiphertext || error instanceof SyntaxError) {
        throw new AppError('corrupt-data', 'Both copies of the file that holds the client keys are damaged; no record was changed. Contact support with the data folder.')
      }
      throw error
    }
    this.keys = new Map(Object.entries(entries ?? {}))
  }

  get(id: string): Buffer | undefined {
    const key = this.keys.get(id)
    if (typeof key !== 'string') return key
    const bytes = Buffer.from(key, 'base64')
    this.keys.set(id, bytes)
    return bytes
  }

  /** The client's key, made and stored durably first if the client is new. */
  async ensure(id: string): Promise<Buffer> {
    const existing = this.get(id)
    if (existing) return existing
    const key = randomBytes(32)
    this.keys.set(id, key)
    await this.persist()
    return key
  }

  async ensureAll(ids: Iterable<string>): Promise<void> {
    let added = false
    for (const id of ids) {
      if (this.keys.has(id)) continue
      this.keys.set(id, randomBytes(32))
      added = true
    }
    if (added) await this.persist()
  }

  /** Forgets the key for good: on disk first, before the record itself goes. */
  async destroy(id: string): Promise<void> {
    const key = this.get(id)
    if (!key) return
    this.keys.delete(id)
    await this.persist()
    key.fill(0)
  }

  /**
   * Writes the keyring; calls that arrive while a write is running share the next write,
   * so importing many clients costs a few writes, not one per client.
   */
  private persist(): Promise<void> {
    this.queued ??= this.writing.then(
      () => this.write(),
      () => this.write()
    )
    return this.queued
  }

  private write(): Promise<void> {
    this.queued = null
    const entries = Object.fromEntries([...this.keys].map(([id, key]) => [id, typeof key === 'string' ? key : key.toString('base64')]))
    this.writing = this.file.write(seal(this.practiceKey(), Buffer.from(JSON.stringify(entries)), 'client-keys'))
    return this.writing
  }
}
