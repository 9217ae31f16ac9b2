import type { Adapter } from 'lowdb'
import { writeAtomic } from './atomic-write'
import { readIfExists, type FsPort } from './fs-port'
import type { KeyedQueue } from './keyed-queue'

/** The file held text that is not JSON (garbage bytes, a truncated write from another tool…). */
export class UnparseableDocument extends Error {
  constructor(readonly path: string, cause: unknown) {
    super(`Not valid JSON: ${path}`, { cause })
  }
}

/**
 * A lowdb adapter with durable writes: every write goes through writeAtomic, writes to one
 * file are serialised, and write() resolves only once the data is on disk.
 * read() returns the parsed JSON untouched; checking its shape is the document layer's job.
 */
export class DurableJsonFile<T = unknown> implements Adapter<T> {
  constructor(
    private readonly fs: FsPort,
    readonly path: string,
    private readonly queue: KeyedQueue
  ) {}

  async read(): Promise<T | null> {
    const bytes = await readIfExists(this.fs, this.path)
    if (bytes === null) return null
    try {
      return JSON.parse(bytes.toString('utf8')) as T
    } catch (error) {
      throw new UnparseableDocument(this.path, error)
    }
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data)
    return this.queue.run(this.path, () => writeAtomic(this.fs, this.path, text))
  }
}
