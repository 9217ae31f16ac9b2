import { hkdfSync, randomBytes } from 'node:crypto'

// Crockford's base32: no I, L, O or U, so a key copied by hand is not misread.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** 30 random bytes (240 bits) written as 48 characters in groups of four. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(30)
  let bits = ''
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0')
  const chars = bits.match(/.{5}/g)!.map((chunk) => alphabet[parseInt(chunk, 2)])
  return chars.join('').match(/.{4}/g)!.join('-')
}

/** Reads a key as typed: case, spaces and dashes do not matter; O and I/L are read as 0 and 1. */
export function normaliseRecoveryKey(typed: string): string | null {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  return /^[0-9A-HJKMNP-TV-Z]{48}$/.test(cleaned) ? cleaned : null
}

/** The recovery key has full entropy, so a plain HKDF turns it into a wrapping key. */
export function recoveryKek(normalised: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(normalised, 'ascii'), Buffer.alloc(0), 'physioplan recovery key v1', 32))
}
