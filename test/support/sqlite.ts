import Database from 'better-sqlite3';
import { join } from 'node:path';

/** Reads one setting straight from the studio's database file, as JSON. */
export function storedSetting(dataDir: string, key: string): unknown {
  const db = new Database(join(dataDir, 'studio.sqlite'), { readonly: true });
  try {
    const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as
      string | undefined;
    return value === undefined ? undefined : JSON.parse(value);
  } finally {
    db.close();
  }
}

/** The stored bytes of a secret and whether they were encrypted. */
export function storedSecret(
  dataDir: string,
  name: string,
): { value: Buffer; encrypted: number } | undefined {
  const db = new Database(join(dataDir, 'studio.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT value, encrypted FROM secrets WHERE name = ?').get(name) as
      { value: Buffer; encrypted: number } | undefined;
  } finally {
    db.close();
  }
}
