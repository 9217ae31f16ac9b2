import { randomBytes, scrypt as scryptCallback } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../../../shared/ipc/result'
import type { FsPort } from '../fs-port'
import { DamagedCiphertext, seal, unseal } from './envelope'
import type { KeyVault } from './key-vault'
import { MirroredKeyFile } from './mirrored-key-file'
import { newRecoveryKey, normaliseRecoveryKey, recoveryKek } from './recovery-key'

/** scrypt at N=2^15, r=8: ~100 ms and 32 MB per try, so guessing a passphrase is slow. */
export const scryptCost = { N: 2 ** 15, r: 8, p: 1 }
export const minPassphraseLength = 10

const wrapped = z.string().min(1)
const keyFileSchema = z.object({
  schemaVersion: z.literal(1),
  keychain: wrapped.nullable(),
  recovery: wrapped,
  passphrase: z.object({ salt: wrapped, N: z.number().int(), r: z.number().int(), p: z.number().int(), sealed: wrapped }).nullable()
})
type KeyFile = z.infer<typeof keyFileSchema>

export type KeyState = 'unlocked' | 'locked' | 'needs-passphrase'

export function scrypt(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem: 128 * cost.N * cost.r * 2 }, (error, key) => (error ? reject(error) : resolve(key)))
  )
}

const lockedError = () => new AppError('locked', 'Your records are locked. Enter your passphrase or recovery key to open them.')

/**
 * The practice key: one random AES key that protects everything else. It is kept wrapped
 * three ways in keys/practice-key.json: by the OS keychain (when it is real), by the recovery
 * key shown once at set-up, and by the optional passphrase (scrypt).
 */
export class PracticeKeys {
  private key: Buffer | null = null
  private file: KeyFile | null = null
  private recoveryToShow: string | null = null
  private readonly keyFile: MirroredKeyFile<KeyFile>

  constructor(
    fs: FsPort,
    keysDir: string,
    readonly vault: KeyVault
  ) {
    this.keyFile = new MirroredKeyFile(fs, join(keysDir, 'practice-key.json'), (bytes) => keyFileSchema.parse(JSON.parse(bytes.toString('utf8'))))
  }

  /** True once a key exists on disk (the store has been set up for encryption). */
  async exists(): Promise<boolean> {
    return (await this.load()) !== null
  }

  async state(): Promise<KeyState> {
    if (this.key) return 'unlocked'
    const file = await this.load()
    if (!file) return this.vault.isProtected() ? 'locked' : 'needs-passphrase'
    return 'locked'
  }

  /** Opens the key without asking: from the keychain, or creates it on first start where a real keychain exists. */
  async unlockQuietly(): Promise<Buffer> {
    if (this.key) return this.key
    const file = await this.load()
    if (!file) {
      if (!this.vault.isProtected()) throw new AppError('locked', 'Choose a passphrase to protect your records; this computer has no secure keychain.')
      return this.create(null)
    }
    if (file.keychain && this.vault.isProtected()) {
      try {
        return (this.key = this.vault.open(Buffer.from(file.keychain, 'base64')))
      } catch {
        // Another computer or a reinstalled system: its keychain does not hold this key.
      }
    }
    throw lockedError()
  }

  get(): Buffer {
    if (!this.key) throw lockedError()
    return this.key
  }

  async unlockWithPassphrase(passphrase: string): Promise<void> {
    const file = await this.load()
    if (!file) return void (await this.create(passphrase))
    if (!file.passphrase) throw new AppError('wrong-passphrase', 'No passphrase has been set for these records; use your recovery key.')
    const { salt, sealed, ...cost } = file.passphrase
    try {
      this.key = unseal(await scrypt(passphrase, Buffer.from(salt, 'base64'), cost), Buffer.from(sealed, 'base64'), 'practice-key')
    } catch (error) {
      if (error instanceof DamagedCiphertext) throw new AppError('wrong-passphrase', 'That passphrase is not right. Check it and try again.')
      throw error
    }
    await this.keepInKeychain()
  }

  async unlockWithRecoveryKey(typed: string): Promise<void> {
    const file = await this.load()
    const normalised = normaliseRecoveryKey(typed)
    const wrong = new AppError('wrong-passphrase', 'That recovery key is not right. It has 48 letters and digits in groups of four.')
    if (!file || !normalised) throw wrong
    try {
      this.key = unseal(recoveryKek(normalised), Buffer.from(file.recovery, 'base64'), 'practice-key')
    } catch {
      throw wrong
    }
    await this.keepInKeychain()
  }

  /** Sets or changes the passphrase; the records must be open. */
  async setPassphrase(passphrase: string): Promise<void> {
    const key = this.get()
    const file = (await this.load())!
    await this.save({ ...file, passphrase: await this.wrapWithPassphrase(key, passphrase) })
  }

  /** Makes a new recovery key (the old one stops working) and returns it to be shown once. */
  async replaceRecoveryKey(): Promise<string> {
    const key = this.get()
    const file = (await this.load())!
    const recovery = newRecoveryKey()
    await this.save({ ...file, recovery: seal(recoveryKek(normaliseRecoveryKey(recovery)!), key, 'practice-key').toString('base64') })
    return recovery
  }

  /** The recovery key made at set-up, given out once. */
  takeRecoveryKey(): string | null {
    const key = this.recoveryToShow
    this.recoveryToShow = null
    return key
  }

  async describe(): Promise<{ keptBy: 'keychain' | 'passphrase'; passphraseSet: boolean; keychain: string; keychainProtected: boolean }> {
    const file = await this.load()
    return {
      keptBy: file?.keychain && this.vault.isProtected() ? 'keychain' : 'passphrase',
      passphraseSet: Boolean(file?.passphrase),
      keychain: this.vault.name,
      keychainProtected: this.vault.isProtected()
    }
  }

  private async create(passphrase: string | null): Promise<Buffer> {
    const key = randomBytes(32)
    const recovery = newRecoveryKey()
    const file: KeyFile = {
      schemaVersion: 1,
      keychain: this.vault.isProtected() ? this.vault.seal(key).toString('base64') : null,
      recovery: seal(recoveryKek(normaliseRecoveryKey(recovery)!), key, 'practice-key').toString('base64'),
      passphrase: passphrase === null ? null : await this.wrapWithPassphrase(key, passphrase)
    }
    await this.save(file)
    this.recoveryToShow = recovery
    this.key = key
    return key
  }

  private async wrapWithPassphrase(key: Buffer, passphrase: string) {
    if (passphrase.length < minPassphraseLength) {
      throw new AppError('invalid-input', `Choose a passphrase of at least ${minPassphraseLength} characters; a short sentence is easy to remember.`)
    }
    const salt = randomBytes(16)
    const kek = await scrypt(passphrase, salt, scryptCost)
    return { salt: salt.toString('base64'), ...scryptCost, sealed: seal(kek, key, 'practice-key').toString('base64') }
  }

  /** After opening with a passphrase or recovery key on a computer with a real keychain, let it keep the key. */
  private async keepInKeychain(): Promise<void> {
    const file = await this.load()
    if (!file || !this.key || !this.vault.isProtected()) return
    let current = false
    try {
      current = file.keychain !== null && this.vault.open(Buffer.from(file.keychain, 'base64')).equals(this.key)
    } catch {
      current = false
    }
    if (!current) await this.save({ ...file, keychain: this.vault.seal(this.key).toString('base64') })
  }

  private async load(): Promise<KeyFile | null> {
    if (this.file) return this.file
    try {
      return (this.file = await this.keyFile.read())
    } catch {
      // The recovery key opens the copy of the practice key kept in this same file, so it cannot help here.
      throw new AppError('corrupt-data', 'Both copies of the file that holds your practice key are damaged, so your records cannot be opened. Nothing was changed; contact support with the data folder.')
    }
  }

  private async save(file: KeyFile): Promise<void> {
    await this.keyFile.write(JSON.stringify(file))
    this.file = file
  }
}
