import type { Database } from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3, ...: kept in SQLite's `user_version`. Never renumber or edit a released one. */
  version: number;
  name: string;
  up(db: Database): void;
}

/**
 * The schema's history. Append a migration for every change; tests run the whole
 * list from empty and from every earlier version.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'settings',
    up: (db) =>
      db.exec(`
        CREATE TABLE settings (
          key        TEXT PRIMARY KEY,
          value      TEXT NOT NULL,            -- JSON
          updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ) STRICT;
      `),
  },
  {
    version: 2,
    name: 'secrets',
    up: (db) =>
      db.exec(`
        CREATE TABLE secrets (
          name       TEXT PRIMARY KEY,
          value      BLOB NOT NULL,
          encrypted  INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
          updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ) STRICT;
      `),
  },
];
