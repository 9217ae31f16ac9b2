import { z } from 'zod'
import { method } from './define'

/** How the records are protected, for Settings → Privacy and security and the lock screen. */
export interface PrivacyStatus {
  encrypted: boolean
  /** 'needs-passphrase': first start on a computer without a secure keychain. */
  state: 'unlocked' | 'locked' | 'needs-passphrase'
  keptBy: 'keychain' | 'passphrase'
  /** The keychain in words, e.g. "macOS Keychain". */
  keychain: string
  keychainProtected: boolean
  passphraseSet: boolean
  dataDir: string
}

const passphraseSchema = z.string().min(1, 'Enter the passphrase').max(1024, 'That passphrase is too long')
export const unlockSecretSchema = z.union([
  z.object({ passphrase: passphraseSchema }).strict(),
  z.object({ recoveryKey: z.string().min(1, 'Enter the recovery key').max(200, 'That is not a recovery key') }).strict()
])
export type UnlockSecret = z.infer<typeof unlockSecretSchema>

export const privacyContract = {
  getPrivacyStatus: method(z.tuple([])).returns<PrivacyStatus>(),
  unlockRecords: method(z.tuple([unlockSecretSchema])).returns<PrivacyStatus>(),
  setPassphrase: method(z.tuple([passphraseSchema])).returns<PrivacyStatus>(),
  /** Makes a new recovery key (the old one stops working); shown once. */
  newRecoveryKey: method(z.tuple([])).returns<string>(),
  /** The recovery key made at set-up, given out once; null afterwards. */
  takeRecoveryKey: method(z.tuple([])).returns<string | null>()
}

export const exportPassphraseSchema = passphraseSchema
