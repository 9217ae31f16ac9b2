/**
 * What keys/client-keys holds once unsealed. Version 2 is compact binary records, read without
 * JSON or base64 (a practice of 10,000 clients opens ~30 ms sooner than with version 1):
 *   schemaVersion (1 byte, 2) | per client: id length (1 byte) | id (ASCII) | key (32 bytes)
 * Version 1, a JSON object of id → base64 key, is still read; the store rewrites it as version 2
 * when it opens (see ClientKeyring.upgradeFormat).
 */
export const keyRecordsVersion = 2
export const clientKeyLength = 32

/** The unsealed keyring, as read; `offsets` (where each client's key starts in `bytes`) is built on first use. */
export interface KeyRecords {
  bytes: Buffer
  offsets: Map<string, number> | null
  /** Read from the version-1 format. */
  legacy: boolean
}

/** The bytes are not a keyring of a version this PhysioPlan reads (they authenticated, so a newer version wrote them). */
export class UnreadableKeyRecords extends Error {}

export function decodeKeyRecords(plain: Buffer): KeyRecords {
  if (plain[0] === 0x7b) return decodeVersion1(plain) // '{'
  if (plain[0] !== keyRecordsVersion) throw new UnreadableKeyRecords(`client keys of version ${plain[0]}`)
  return { bytes: plain, offsets: null, legacy: false }
}

/**
 * Where each client's key starts. Built when a client's record is first opened, not when the
 * store opens: the client list needs no client key, and 10,000 map entries cost ~15 ms.
 */
export function keyOffsets(plain: Buffer): Map<string, number> {
  const offsets = new Map<string, number>()
  // One string for the whole buffer, cut up in JavaScript: much faster than one toString per id.
  const text = plain.toString('latin1')
  let at = 1
  while (at < plain.length) {
    const idLength = plain[at]!
    const keyAt = at + 1 + idLength
    if (idLength === 0 || keyAt + clientKeyLength > plain.length) throw new UnreadableKeyRecords('a truncated client key')
    offsets.set(text.slice(at + 1, keyAt), keyAt)
    at = keyAt + clientKeyLength
  }
  return offsets
}

function decodeVersion1(plain: Buffer): KeyRecords {
  const entries = Object.entries(JSON.parse(plain.toString('utf8')) as Record<string, string>)
  const bytes = Buffer.alloc(entries.length * clientKeyLength)
  const offsets = new Map<string, number>()
  entries.forEach(([id, key], i) => {
    const decoded = Buffer.from(key, 'base64')
    if (decoded.length !== clientKeyLength) throw new UnreadableKeyRecords('a client key of the wrong length')
    decoded.copy(bytes, i * clientKeyLength)
    offsets.set(id, i * clientKeyLength)
  })
  return { bytes, offsets, legacy: true }
}

/** Ids are store ids (lower-case letters, digits, - and _, at most 100 characters), so one byte holds their length. */
export function encodeKeyRecords(keys: Iterable<[id: string, key: Buffer]>): Buffer {
  const list = [...keys]
  const out = Buffer.allocUnsafe(1 + list.reduce((sum, [id]) => sum + 1 + id.length + clientKeyLength, 0))
  out[0] = keyRecordsVersion
  let at = 1
  for (const [id, key] of list) {
    if (id.length === 0 || id.length > 255 || !/^[\x21-\x7e]+$/.test(id)) throw new Error(`Not a store id: ${id}`)
    if (key.length !== clientKeyLength) throw new Error('A client key is 32 bytes')
    out[at] = id.length
    out.write(id, at + 1, 'latin1')
    key.copy(out, at + 1 + id.length)
    at += 1 + id.length + clientKeyLength
  }
  return out
}
