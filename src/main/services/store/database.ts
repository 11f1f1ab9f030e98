import Database from 'better-sqlite3';
import type { Logger } from '../../logging/logger';
import { migrate } from './migrate';
import { migrations } from './migrations';

export type StudioDatabase = Database.Database;

export interface OpenDatabaseOptions {
  /** A Node addon built for Electron's ABI when running inside Electron in development. */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) the studio's database and migrates it. WAL lets the
 * renderer-facing reads run beside writes; synchronous=NORMAL in WAL mode keeps
 * every committed transaction through a crash or kill of the process (only an OS
 * crash or power cut may roll back the last few).
 */
export function openDatabase(
  file: string,
  logger: Logger,
  options: OpenDatabaseOptions = {},
): StudioDatabase {
  const db = new Database(file, { nativeBinding: options.nativeBinding });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrations, logger);
  return db;
}
