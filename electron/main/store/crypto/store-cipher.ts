import { AppError } from '../../../../shared/ipc/result'
import { DamagedCiphertext, isSealed, seal, unseal } from './envelope'
import type { ClientKeyring } from './client-keyring'

/** How the bytes of a store file are turned into what is on disk and back, by its path in the store. */
export interface DocumentCodec {
  readonly encrypted: boolean
  encode(rel: string, plain: Uint8Array): Promise<Uint8Array>
  /** Throws DamagedCiphertext for bytes that do not authenticate. */
  decode(rel: string, stored: Uint8Array): Buffer
}

export const plainCodec: DocumentCodec = {
  encrypted: false,
  encode: async (_rel, plain) => plain,
  decode: (_rel, stored) => Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength)
}

/** The pending log holds client ids only, appended in place, so it stays plain. */
export const isPlainFile = (rel: string): boolean => rel === 'index/pending.log'

const clientIdOf = (rel: string): string | null => /^clients\/([a-z0-9_-]+)\.json$/.exec(rel)?.[1] ?? null

/** The record was deleted: its key is gone, so every copy of it is unreadable by design. */
export const shreddedError = () => new AppError('not-found', 'This client’s record was deleted permanently and cannot be opened.')

/**
 * Client documents are sealed with the client's own key; everything else (client list,
 * templates, settings, photos) with the practice key. The path is the associated data.
 */
export function encryptingCodec(practiceKey: () => Buffer, keyring: ClientKeyring): DocumentCodec {
  return {
    encrypted: true,
    async encode(rel, plain) {
      if (isPlainFile(rel)) return plain
      const clientId = clientIdOf(rel)
      return seal(clientId ? await keyring.ensure(clientId) : practiceKey(), plain, rel)
    },
    decode(rel, stored) {
      if (isPlainFile(rel)) return Buffer.from(stored)
      if (!isSealed(stored)) throw new DamagedCiphertext(rel)
      const clientId = clientIdOf(rel)
      const key = clientId ? keyring.get(clientId) : practiceKey()
      if (!key) throw shreddedError()
      return unseal(key, stored, rel)
    }
  }
}
