import { createHash } from 'node:crypto'
import { seal, unseal } from './envelope'

/**
 * The operating system's keychain, which keeps the practice key wrapped for this user on
 * this computer. Electron's safeStorage implements it (key-vault-electron.ts); the stand-ins
 * below behave like macOS Keychain, Windows DPAPI and Linux without a secret service.
 */
export interface KeyVault {
  /** How the key is kept, in the clinician's words. */
  readonly name: string
  /** False where the OS gives no real protection: a passphrase is then required. */
  isProtected(): boolean
  seal(secret: Buffer): Buffer
  /** Throws when this keychain cannot open it (another computer, a reinstalled system). */
  open(sealed: Buffer): Buffer
}

export type StandInSystem = 'macos-keychain' | 'windows-dpapi' | 'linux-basic-text'

const standInNames: Record<StandInSystem, string> = {
  'macos-keychain': 'macOS Keychain',
  'windows-dpapi': 'Windows Data Protection',
  'linux-basic-text': 'no secure keychain (Linux without a secret service)'
}

/**
 * A keychain tied to one "computer": `machineSecret` plays the user's login keychain, so a
 * stand-in with another secret is a new computer whose keychain does not hold the key.
 * The Linux one seals like Electron's basic_text backend does: with a fixed, public key.
 */
export function standInVault(system: StandInSystem, machineSecret = 'this computer'): KeyVault {
  const secret = system === 'linux-basic-text' ? 'peanuts' : `${system}:${machineSecret}`
  const key = createHash('sha256').update(secret).digest()
  return {
    name: standInNames[system],
    isProtected: () => system !== 'linux-basic-text',
    seal: (bytes) => seal(key, bytes, 'keychain'),
    open: (sealed) => unseal(key, sealed, 'keychain')
  }
}
