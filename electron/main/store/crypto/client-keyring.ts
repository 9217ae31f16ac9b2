import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { AppError } from '../../../../shared/ipc/result'
import type { FsPort } from '../fs-port'
import { clientKeyLength, decodeKeyRecords, encodeKeyRecords, keyOffsets, UnreadableKeyRecords, type KeyRecords } from './client-key-records'
import { DamagedCiphertext, seal, unseal } from './envelope'
import { MirroredKeyFile } from './mirrored-key-file'

/**
 * One data key per client, kept together in keys/client-keys, sealed with the practice key.
 * The keyring is never copied into backups: deleting a client deletes its key here, and
 * every backup of that client's record becomes unreadable (crypto-shredding).
 */
export class ClientKeyring {
  /** A key as read (its offset in `stored`) until first used: copying out all 10,000 keys of a busy practice slowed every start. */
  private indexed: Map<string, Buffer | number> | null = new Map()
  private stored: Buffer = Buffer.alloc(0)
  private legacy = false
  private readonly file: MirroredKeyFile<KeyRecords>
  private queued: Promise<void> | null = null
  private writing: Promise<void> = Promise.resolve()

  constructor(
    fs: FsPort,
    keysDir: string,
    private readonly practiceKey: () => Buffer
  ) {
    this.file = new MirroredKeyFile(fs, join(keysDir, 'client-keys'), (bytes) => decodeKeyRecords(unseal(this.practiceKey(), bytes, 'client-keys')))
  }

  async load(): Promise<void> {
    let records: KeyRecords | null
    try {
      records = await this.file.read()
    } catch (error) {
      if (error instanceof UnreadableKeyRecords) {
        throw new AppError('newer-version', 'The file that holds the client keys was saved by a newer version of PhysioPlan; update PhysioPlan to open your records (nothing was changed).')
      }
      if (error instanceof DamagedCiphertext || error instanceof SyntaxError) {
        throw new AppError('corrupt-data', 'Both copies of the file that holds the client keys are damaged; no record was changed. Contact support with the data folder.')
      }
      throw error
    }
    this.stored = records?.bytes ?? Buffer.alloc(0)
    this.indexed = records ? records.offsets : new Map()
    this.legacy = records?.legacy ?? false
  }

  private get keys(): Map<string, Buffer | number> {
    return (this.indexed ??= keyOffsets(this.stored))
  }

  /** Rewrites a keyring kept in the version-1 format as version 2 (both copies, one after the other, so a crash leaves one of each, both readable). */
  async upgradeFormat(): Promise<void> {
    if (this.legacy) await this.persist()
  }

  get(id: string): Buffer | undefined {
    const key = this.keys.get(id)
    if (typeof key !== 'number') return key
    const bytes = Buffer.from(this.stored.subarray(key, key + clientKeyLength))
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
    const missing = [...new Set(ids)].filter((id) => !this.keys.has(id))
    if (missing.length === 0) return
    // One call for every new key: 10,000 calls of 32 bytes each held main for ~80 ms at import.
    const pool = randomBytes(clientKeyLength * missing.length)
    missing.forEach((id, i) => this.keys.set(id, pool.subarray(i * clientKeyLength, (i + 1) * clientKeyLength)))
    await this.persist()
  }

  /** Forgets the key for good: on disk first, before the record itself goes. */
  async destroy(id: string): Promise<void> {
    const at = this.keys.get(id)
    const key = this.get(id)
    if (!key) return
    this.keys.delete(id)
    await this.persist()
    key.fill(0)
    if (typeof at === 'number') this.stored.fill(0, at, at + clientKeyLength)
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
    // Keys not used yet are written from where they were read, without copying each one out.
    const records = encodeKeyRecords([...this.keys].map(([id, key]) => [id, typeof key === 'number' ? this.stored.subarray(key, key + clientKeyLength) : key]))
    this.writing = this.file.write(seal(this.practiceKey(), records, 'client-keys')).then(() => {
      this.legacy = false
    })
    return this.writing
  }
}
