import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * The one sealed format for everything the store keeps: AES-256-GCM from node:crypto.
 *   "PPENC" | version 1 | IV (12 random bytes per write) | ciphertext | tag (16)
 * The header and a context string (the document's kind and id, e.g. "clients/<id>.json")
 * are authenticated as associated data, so a file copied over another is refused.
 */
const magic = Buffer.from('PPENC', 'ascii')
const version = 1
const headerLength = magic.length + 1
const ivLength = 12
const tagLength = 16

/** The bytes were changed, truncated, or sealed with another key or for another document. */
export class DamagedCiphertext extends Error {
  constructor(readonly context: string) {
    super(`Encrypted data did not authenticate: ${context}`)
  }
}

export const isSealed = (bytes: Uint8Array): boolean =>
  bytes.length >= headerLength && Buffer.from(bytes.subarray(0, magic.length)).equals(magic)

const header = () => Buffer.concat([magic, Buffer.from([version])])

export function seal(key: Buffer, plain: Uint8Array, context: string): Buffer {
  const iv = randomBytes(ivLength)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const head = header()
  cipher.setAAD(Buffer.concat([head, Buffer.from(context, 'utf8')]))
  return Buffer.concat([head, iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()])
}

export function unseal(key: Buffer, sealed: Uint8Array, context: string): Buffer {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength)
  if (!isSealed(bytes) || bytes[magic.length] !== version || bytes.length < headerLength + ivLength + tagLength) {
    throw new DamagedCiphertext(context)
  }
  const iv = bytes.subarray(headerLength, headerLength + ivLength)
  const tag = bytes.subarray(bytes.length - tagLength)
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv)
    decipher.setAAD(Buffer.concat([bytes.subarray(0, headerLength), Buffer.from(context, 'utf8')]))
    decipher.setAuthTag(tag)
    const plain = decipher.update(bytes.subarray(headerLength + ivLength, bytes.length - tagLength))
    const rest = decipher.final() // empty for GCM: no second copy of a large document
    return rest.length === 0 ? plain : Buffer.concat([plain, rest])
  } catch {
    throw new DamagedCiphertext(context)
  }
}
