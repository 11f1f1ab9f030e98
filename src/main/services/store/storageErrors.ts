import Database from 'better-sqlite3';
import { StudioError } from '../../../shared/ipc/errors';

/**
 * SQLite failures (disk full, read-only folder, locked or corrupt file) become
 * STORAGE_FAILED, which the UI explains in the user's language; the detail stays
 * in main's log.
 */
export function classifyStorageError(error: unknown): StudioError | undefined {
  return error instanceof Database.SqliteError
    ? new StudioError('STORAGE_FAILED', `${error.code}: ${error.message}`)
    : undefined;
}
