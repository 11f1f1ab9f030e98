import Database from 'better-sqlite3';
import type { Logger } from '../../logging/logger';
import { migrate } from './migrate';
import { migrations } from './migrations';

export type StudioDatabase = Database.Database;

/**
 * Opens (creating if needed) the studio's database and migrates it. WAL lets the
 * renderer-facing reads run beside writes; synchronous=NORMAL in WAL mode keeps
 * every committed transaction through a crash or kill of the process (only an OS
 * crash or power cut may roll back the last few). better-sqlite3 is a Node-API
 * addon, so the same prebuilt file loads under Node and inside Electron.
 */
export function openDatabase(file: string, logger: Logger): StudioDatabase {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrations, logger);
  return db;
}
