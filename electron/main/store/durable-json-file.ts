import { isAscii } from 'node:buffer'
import type { Adapter } from 'lowdb'
import { writeAtomic, writeLogged, writeReplacing } from './atomic-write'
import { DamagedCiphertext } from './crypto/envelope'
import { plainCodec, type DocumentCodec } from './crypto/store-cipher'
import { readIfExists, type FsPort } from './fs-port'
import type { KeyedQueue } from './keyed-queue'

/** The file held bytes that are not a document: garbage, a truncated write, or ciphertext that fails its check. */
export class UnparseableDocument extends Error {
  constructor(readonly path: string, cause: unknown) {
    super(`Not a readable document: ${path}`, { cause })
  }
}

/**
 * The lowdb adapter under every store document: durable (writeAtomic: temp file, fsync,
 * rename, fsync the folder), serialised per file, and encrypting through the codec
 * (`rel`, the path inside the store, is the associated data that binds the file to its place).
 * read() returns the parsed JSON untouched; checking its shape is the document layer's job.
 */
export class DurableJsonFile<T = unknown> implements Adapter<T> {
  constructor(
    private readonly fs: FsPort,
    readonly path: string,
    private readonly queue: KeyedQueue,
    private readonly rel = '',
    private readonly codec: DocumentCodec = plainCodec,
    /** false: written without waiting for the disk (derived data only; see writeReplacing). */
    private readonly durable = true,
    /**
     * log: for a client's record, the pending log's append, which makes it durable rather than
     * an fsync of its own (see writeLogged). afterRename: see writeAtomicParts.
     */
    private readonly hooks: { log?: (bytes: Uint8Array | null) => Promise<void>; afterRename?: () => void } = {}
  ) {}

  async read(): Promise<T | null> {
    const bytes = await readIfExists(this.fs, this.path)
    if (bytes === null) return null
    try {
      // A byte-order mark added by an editor is not damage: it is skipped, before and after decryption.
      return JSON.parse(jsonText(withoutBom(this.codec.decode(this.rel, withoutBom(bytes))))) as T
    } catch (error) {
      if (error instanceof SyntaxError || error instanceof DamagedCiphertext) throw new UnparseableDocument(this.path, error)
      throw error
    }
  }

  write(data: T): Promise<void> {
    const text = jsonBytes(data)
    return this.queue.run(this.path, async () => {
      const bytes = await this.codec.encode(this.rel, text)
      if (this.hooks.log) return writeLogged(this.fs, this.path, bytes, this.hooks.log)
      return this.durable ? writeAtomic(this.fs, this.path, bytes, { afterRename: this.hooks.afterRename }) : writeReplacing(this.fs, this.path, bytes)
    })
  }
}

const bom = Buffer.from([0xef, 0xbb, 0xbf])
const withoutBom = (bytes: Buffer): Buffer => (bytes.subarray(0, 3).equals(bom) ? bytes.subarray(3) : bytes)

const nonAscii = /[\u0080-\uffff]/
const nonAsciiEvery = /[\u0080-\uffff]/g
const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * JSON with every character past ASCII written as a \u escape: the same document to any JSON
 * reader, but read back without UTF-8 decoding, and parsed faster as a one-byte string
 * (the client list of a 10,000-client practice opens ~15 ms sooner). See jsonText.
 */
export function jsonBytes(data: unknown): Buffer {
  const text = JSON.stringify(data)
  return Buffer.from(nonAscii.test(text) ? text.replace(nonAsciiEvery, escaped) : text, 'latin1')
}

/** A document's text: ASCII (as jsonBytes writes it) is taken byte for byte; anything else (older files, hand edits) is UTF-8. */
export const jsonText = (bytes: Buffer): string => (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'))
