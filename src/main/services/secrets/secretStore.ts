import type { Statement } from 'better-sqlite3';
import { secretNames, type SecretName, type SecretStatus } from '../../../shared/secrets/secretNames';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';

/**
 * Secrets main keeps for itself, never listed to the renderer: one per item (each network
 * camera's password), or the studio's own keys (viewerIdentity.ts).
 */
export type ScopedSecretName =
  | `feedPassword:${string}`
  | `chatToken:${string}`
  | `streamKey:${string}`
  | `srtPassphrase:${string}`
  | 'viewerIdentityKey';

/** The part of Electron's safeStorage the store needs; tests pass their own. */
export interface Encryptor {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Secrets encrypted with the OS keychain (through safeStorage) and kept in
 * SQLite. Where no keychain exists, values are stored unencrypted and that is
 * logged loudly once; each row records which way it was written so a later
 * start with a keychain still reads it.
 */
export class SecretStore {
  private readonly select: Statement<[string], { value: Buffer; encrypted: 0 | 1 }>;
  private readonly upsert: Statement<[string, Buffer, number]>;
  private readonly remove: Statement<[string]>;
  private readonly names: Statement<[], { name: string }>;
  readonly encrypted: boolean;

  constructor(
    db: StudioDatabase,
    private readonly encryptor: Encryptor,
    private readonly logger: Logger,
    /** Told which of the user's secrets are set after one of them changes (scoped ones are not theirs to see). */
    private readonly onChange: (status: SecretStatus) => void = () => undefined,
  ) {
    this.select = db.prepare('SELECT value, encrypted FROM secrets WHERE name = ?');
    this.upsert = db.prepare(
      `INSERT INTO secrets (name, value, encrypted) VALUES (?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET value = excluded.value, encrypted = excluded.encrypted,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    );
    this.remove = db.prepare('DELETE FROM secrets WHERE name = ?');
    this.names = db.prepare('SELECT name FROM secrets');
    this.encrypted = encryptor.isEncryptionAvailable();
    if (!this.encrypted) {
      logger.warn('OS encryption is unavailable: secrets will be stored UNENCRYPTED in the studio database');
    }
  }

  set(name: SecretName | ScopedSecretName, value: string): void {
    const stored = this.encrypted ? this.encryptor.encryptString(value) : Buffer.from(value, 'utf8');
    this.upsert.run(name, stored, this.encrypted ? 1 : 0);
    this.logger.info('secret stored', { name, encrypted: this.encrypted });
    this.changed(name);
  }

  /** Main-process only: the value never crosses IPC. */
  get(name: SecretName | ScopedSecretName): string | undefined {
    const row = this.select.get(name);
    if (!row) return undefined;
    return row.encrypted ? this.encryptor.decryptString(row.value) : row.value.toString('utf8');
  }

  clear(name: SecretName | ScopedSecretName): void {
    this.remove.run(name);
    this.logger.info('secret cleared', { name });
    this.changed(name);
  }

  private changed(name: SecretName | ScopedSecretName): void {
    if ((secretNames as readonly string[]).includes(name)) this.onChange(this.status());
  }

  status(): SecretStatus {
    const present = new Set(this.names.all().map((row) => row.name));
    return Object.fromEntries(secretNames.map((name) => [name, present.has(name)])) as SecretStatus;
  }
}
