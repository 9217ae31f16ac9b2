import { safeStorage } from 'electron'
import type { KeyVault } from './store/crypto/key-vault'

const names: Record<string, string> = {
  darwin: 'macOS Keychain',
  win32: 'Windows Data Protection',
  linux: 'the system keyring'
}

/**
 * The practice key kept by the OS through Electron's safeStorage. On Linux without a secret
 * service safeStorage falls back to 'basic_text' (a fixed, public key): that is no protection,
 * so it reports itself unprotected and the app asks for a passphrase instead.
 */
export function electronKeyVault(platform = process.platform): KeyVault {
  const isProtected = () =>
    safeStorage.isEncryptionAvailable() && !(platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
  return {
    name: isProtected() ? (names[platform] ?? 'the system keychain') : 'no secure keychain on this computer',
    isProtected,
    seal: (secret) => safeStorage.encryptString(secret.toString('base64')),
    open: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64')
  }
}
