import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createMemoryLogger } from '../../../../src/main/logging/logger';
import { EventWriter } from '../../../../src/main/services/analytics/eventWriter';
import { openDatabase, type StudioDatabase } from '../../../../src/main/services/store/database';
import type { StoredEvent } from '../../../../src/shared/analytics/showEvents';
import { makeTempDir } from '../../../support/tempDir';

const click = (at: number): StoredEvent => ({
  at,
  kind: 'buyClick',
  market: 'br',
  subject: 'ana',
  detail: 'scarf',
  value: null,
});

describe('EventWriter', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let db: StudioDatabase;
  const logger = createMemoryLogger();
  const stored = (): number => db.prepare('SELECT COUNT(*) FROM show_events').pluck().get() as number;

  beforeEach(() => {
    dir = makeTempDir();
    db = openDatabase(join(dir.path, 'studio.sqlite'), logger);
    db.prepare(
      "INSERT INTO shows (id, title, started_at, time_zone, host_language) VALUES (1, '', 0, 'UTC', 'en')",
    ).run();
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  it('writes what is queued in one batch, and reports its size and time', () => {
    const batches: number[] = [];
    const writer = new EventWriter(db, logger, (rows) => batches.push(rows));
    for (let i = 0; i < 120; i++) writer.add(1, click(i));
    expect(stored()).toBe(0);
    writer.flush();
    writer.flush();
    expect(stored()).toBe(120);
    expect(batches).toEqual([120]);
    writer.close();
  });

  it('keeps a batch the database refused and writes it with the next one', () => {
    const writer = new EventWriter(db, logger);
    writer.add(1, click(1));
    writer.add(2, click(2)); // no show 2: the foreign key refuses the whole transaction
    writer.flush();
    expect(stored()).toBe(0);
    expect(logger.entries.at(-1)?.message).toBe('show events not written; trying again');
    db.prepare(
      "INSERT INTO shows (id, title, started_at, time_zone, host_language) VALUES (2, '', 0, 'UTC', 'en')",
    ).run();
    writer.add(1, click(3));
    writer.close();
    expect(db.prepare('SELECT at FROM show_events ORDER BY rowid').pluck().all()).toEqual([1, 2, 3]);
  });
});
