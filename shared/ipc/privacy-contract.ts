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

/** How long backups and damaged files moved aside are kept (Settings → Privacy and security). */
export const retentionSchema = z
  .object({
    /** Backups of each kind kept, newest first. */
    backupCount: z.number().int().min(3, 'Keep at least 3 backups').max(100, 'Keep at most 100 backups'),
    /** Backups older than this are removed (the newest backup is always kept). */
    backupDays: z.number().int().min(7, 'Keep backups for at least 7 days').max(3650, 'Keep backups for at most 10 years'),
    /** Damaged files moved aside are removed after this many days, with a notice a week before. */
    damagedFileDays: z.number().int().min(14, 'Keep damaged files for at least 14 days').max(365, 'Keep damaged files for at most a year')
  })
  .strict()
export type Retention = z.infer<typeof retentionSchema>
export const defaultRetention: Retention = { backupCount: 14, backupDays: 90, damagedFileDays: 60 }

export const privacyContract = {
  getRetention: method(z.tuple([])).returns<Retention>(),
  saveRetention: method(z.tuple([retentionSchema])).returns<Retention>(),
  getPrivacyStatus: method(z.tuple([])).returns<PrivacyStatus>(),
  unlockRecords: method(z.tuple([unlockSecretSchema])).returns<PrivacyStatus>(),
  setPassphrase: method(z.tuple([passphraseSchema])).returns<PrivacyStatus>(),
  /** Makes a new recovery key (the old one stops working); shown once. */
  newRecoveryKey: method(z.tuple([])).returns<string>(),
  /** The recovery key made at set-up, given out once; null afterwards. */
  takeRecoveryKey: method(z.tuple([])).returns<string | null>()
}

export const exportPassphraseSchema = passphraseSchema
