import { writeAtomic } from '../atomic-write'
import { readIfExists, type FsPort } from '../fs-port'

/**
 * Every record depends on two small files in keys/ (the practice key and the client keys),
 * and neither may go into a backup (a deleted client's key must be gone everywhere). So
 * each is written twice, one copy after the other: a damaged or half-written copy never
 * locks the practice out, and deleting a key removes it from both within one save.
 */
export class MirroredKeyFile<T> {
  private readonly mirror: string

  /** `parse` throws when the bytes are damaged (do not authenticate, do not parse). */
  constructor(
    private readonly fs: FsPort,
    private readonly path: string,
    private readonly parse: (bytes: Buffer) => T
  ) {
    this.mirror = `${path}.mirror`
  }

  /** The first copy that parses; a damaged one is repaired from the other. Null when neither exists. */
  async read(): Promise<T | null> {
    const [primary, mirror] = await Promise.all([readIfExists(this.fs, this.path), readIfExists(this.fs, this.mirror)])
    if (primary === null && mirror === null) return null
    let damage: unknown = null
    for (const [bytes, other] of [[primary, this.mirror], [mirror, this.path]] as const) {
      if (bytes === null) continue
      try {
        const value = this.parse(bytes)
        if (!primary || !mirror || !primary.equals(mirror)) await this.repair(other, bytes)
        return value
      } catch (error) {
        damage ??= error
      }
    }
    throw damage
  }

  async write(bytes: string | Uint8Array): Promise<void> {
    await writeAtomic(this.fs, this.path, bytes)
    await writeAtomic(this.fs, this.mirror, bytes)
  }

  /** Best effort: a read-only folder still opens from the good copy. */
  private async repair(path: string, good: Buffer): Promise<void> {
    await writeAtomic(this.fs, path, good).catch(() => undefined)
  }
}
