import type { Database } from 'better-sqlite3';
import { StudioError } from '../../../shared/ipc/errors';
import type { Logger } from '../../logging/logger';
import type { Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to `target` (the newest migration by default). Each
 * migration runs in its own transaction together with its `user_version` bump,
 * so a crash leaves the database at the last completed version.
 */
export function migrate(
  db: Database,
  list: readonly Migration[],
  logger: Logger,
  target = list.at(-1)?.version ?? 0,
): void {
  const current = schemaVersion(db);
  const newest = list.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new StudioError(
      'STORAGE_FAILED',
      `The database is from a newer CrossLive Studio (schema ${current}, this build knows ${newest}).`,
    );
  }
  for (const migration of list) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    logger.info('database migrated', { version: migration.version, name: migration.name });
  }
}
