import { retentionSchema, type PrivacyStatus, type Retention, type UnlockSecret } from '../../../shared/ipc/privacy-contract'
import { relPath } from './layout'
import { AppError } from '../../../shared/ipc/result'
import type { StoreContext } from './context'

const isLocked = (error: unknown) => error instanceof AppError && error.code === 'locked'

/** What Settings → Privacy and security and the lock screen ask of the store. */
export class StorePrivacy {
  constructor(
    private readonly ctx: StoreContext,
    private readonly ready: () => Promise<void>
  ) {}

  /** Waits for the store to open; false when it stays locked (a passphrase or recovery key is needed). */
  private openUnlessLocked(): Promise<boolean> {
    return this.ready().then(() => true, (error: unknown) => {
      if (isLocked(error)) return false
      throw error
    })
  }

  async status(): Promise<PrivacyStatus> {
    const keys = this.ctx.keys
    await this.openUnlessLocked()
    const dataDir = this.ctx.dirs.root
    if (!keys) return { encrypted: false, state: 'unlocked', keptBy: 'keychain', keychain: 'none', keychainProtected: false, passphraseSet: false, dataDir }
    return { encrypted: true, state: await keys.state(), ...(await keys.describe()), dataDir }
  }

  /** Opens the records with the passphrase (or sets it, on first start without a keychain) or the recovery key. */
  async unlock(secret: UnlockSecret): Promise<PrivacyStatus> {
    const keys = this.requireKeys()
    if ('passphrase' in secret) await keys.unlockWithPassphrase(secret.passphrase)
    else await keys.unlockWithRecoveryKey(secret.recoveryKey)
    await this.ready()
    return this.status()
  }

  async setPassphrase(passphrase: string): Promise<PrivacyStatus> {
    await this.ready()
    await this.requireKeys().setPassphrase(passphrase)
    return this.status()
  }

  async newRecoveryKey(): Promise<string> {
    await this.ready()
    return this.requireKeys().replaceRecoveryKey()
  }

  async getRetention(): Promise<Retention> {
    await this.ready()
    return this.ctx.retention()
  }

  async saveRetention(retention: Retention): Promise<Retention> {
    await this.ready()
    const value = retentionSchema.parse(retention)
    await this.ctx.write(() => this.ctx.docs.save(this.ctx.kinds.retention, relPath.retention, { schemaVersion: 1, retention: value }))
    return value
  }

  /** After the open that makes the keys on a first start, so a page asking at once still gets the key. */
  async takeRecoveryKey(): Promise<string | null> {
    const keys = this.ctx.keys
    if (!keys || !(await this.openUnlessLocked())) return null
    return keys.takeRecoveryKey()
  }

  private requireKeys() {
    if (!this.ctx.keys) throw new AppError('invalid-input', 'This store is not encrypted.')
    return this.ctx.keys
  }
}
