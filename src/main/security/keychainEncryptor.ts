import { safeStorage } from 'electron';
import type { Encryptor } from '../services/secrets/secretStore';

/**
 * safeStorage as the secret store's encryptor. On Linux without a keyring,
 * safeStorage falls back to a hard-coded key ('basic_text'); that is no
 * protection, so it counts as unavailable and the store says so in the log.
 */
export function keychainEncryptor(): Encryptor {
  const weakBackend =
    process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable() && !weakBackend,
    encryptString: (text) => safeStorage.encryptString(text),
    decryptString: (data) => safeStorage.decryptString(data),
  };
}
