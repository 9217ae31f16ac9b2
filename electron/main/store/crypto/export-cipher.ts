import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { AppError } from '../../../../shared/ipc/result'
import { minPassphraseLength, scrypt, scryptCost } from './practice-keys'

/**
 * "Export all data" sealed with a passphrase chosen at export time, so the file can travel
 * (USB stick, email) and be opened on another computer with that passphrase only:
 *   one JSON header line (scrypt salt and cost, IV) | AES-256-GCM ciphertext | tag (16 bytes)
 * The header line is the associated data, so its cost or salt cannot be changed either.
 */
const format = 'physioplan-encrypted-export'
const headerSchema = z.object({
  format: z.literal(format),
  formatVersion: z.number().int(),
  salt: z.string(),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  iv: z.string()
})

const sliceBytes = 2 * 1024 * 1024

export const isEncryptedExport = (bytes: Buffer): boolean => bytes.subarray(0, 40).toString('utf8').includes(`"format":"${format}"`)

export async function* encryptExport(passphrase: string, parts: AsyncIterable<string>): AsyncIterable<Uint8Array> {
  if (passphrase.length < minPassphraseLength) {
    throw new AppError('invalid-input', `Choose a passphrase of at least ${minPassphraseLength} characters for the export.`)
  }
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const header = Buffer.from(JSON.stringify({ format, formatVersion: 1, salt: salt.toString('base64'), ...scryptCost, iv: iv.toString('base64') }) + '\n')
  const cipher = createCipheriv('aes-256-gcm', await scrypt(passphrase, salt, scryptCost), iv)
  cipher.setAAD(header)
  yield header
  for await (const part of parts) yield cipher.update(part, 'utf8')
  yield cipher.final()
  yield cipher.getAuthTag()
}

export async function decryptExport(bytes: Buffer, passphrase: string | undefined): Promise<Buffer> {
  const newline = bytes.indexOf(0x0a)
  const header = bytes.subarray(0, newline + 1)
  let parsed
  try {
    parsed = headerSchema.parse(JSON.parse(header.toString('utf8')))
  } catch {
    throw new AppError('invalid-input', 'That file is not a PhysioPlan export, or it is damaged; nothing was imported.')
  }
  if (parsed.formatVersion > 1) throw new AppError('newer-version', 'That export was made by a newer version of PhysioPlan; update PhysioPlan to open this file.')
  if (!passphrase) throw new AppError('wrong-passphrase', 'That export is protected by a passphrase. Enter the passphrase chosen when it was made.')
  const { salt, iv, N, r, p } = parsed
  try {
    const decipher = createDecipheriv('aes-256-gcm', await scrypt(passphrase, Buffer.from(salt, 'base64'), { N, r, p }), Buffer.from(iv, 'base64'))
    decipher.setAAD(header)
    decipher.setAuthTag(bytes.subarray(bytes.length - 16))
    // In slices into one buffer, yielding between them: a whole-practice export never blocks main for long.
    const sealed = bytes.subarray(newline + 1, bytes.length - 16)
    const plain = Buffer.allocUnsafe(sealed.length)
    let written = 0
    for (let at = 0; at < sealed.length; at += sliceBytes) {
      written += decipher.update(sealed.subarray(at, at + sliceBytes)).copy(plain, written)
      await new Promise((resolve) => setImmediate(resolve))
    }
    written += decipher.final().copy(plain, written)
    return plain.subarray(0, written)
  } catch {
    throw new AppError('wrong-passphrase', 'That passphrase does not open this export (or the file was changed). Check it and try again; nothing was imported.')
  }
}
