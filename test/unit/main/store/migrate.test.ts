import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../src/main/logging/logger';
import { openDatabase } from '../../../../src/main/services/store/database';
import { migrate, schemaVersion } from '../../../../src/main/services/store/migrate';
import { migrations, type Migration } from '../../../../src/main/services/store/migrations';
import { makeTempDir } from '../../../support/tempDir';

const latest = migrations.at(-1)?.version ?? 0;

function schemaOf(db: Database.Database): unknown[] {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    .all();
}

describe('migrations', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('are numbered 1, 2, 3, ... without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('run from empty to the latest version, in WAL mode', () => {
    const db = openDatabase(`${dir.path}/fresh.sqlite`, createMemoryLogger());
    expect(schemaVersion(db)).toBe(latest);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it.each(migrations.map((m) => m.version - 1))(
    'run from version %i to the same schema as a fresh database',
    (start) => {
      const logger = createMemoryLogger();
      const fresh = new Database(':memory:');
      migrate(fresh, migrations, logger);

      const file = `${dir.path}/old-${start}.sqlite`;
      const old = new Database(file);
      migrate(old, migrations, logger, start);
      expect(schemaVersion(old)).toBe(start);
      old.close();

      const upgraded = openDatabase(file, logger);
      expect(schemaVersion(upgraded)).toBe(latest);
      expect(schemaOf(upgraded)).toEqual(schemaOf(fresh));
      upgraded.close();
      fresh.close();
    },
  );

  it('keep rows written at an earlier version', () => {
    const file = `${dir.path}/data.sqlite`;
    const old = new Database(file);
    migrate(old, migrations, createMemoryLogger(), 1);
    old.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('outputFps', '60');
    old.close();
    const db = openDatabase(file, createMemoryLogger());
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('outputFps')).toBe('60');
    db.close();
  });

  it('refuse a database written by a newer build, leaving it untouched', () => {
    const file = `${dir.path}/newer.sqlite`;
    const newer = new Database(file);
    newer.pragma(`user_version = ${latest + 1}`);
    newer.close();
    expect(() => openDatabase(file, createMemoryLogger())).toThrow(/newer/);
    const check = new Database(file);
    expect(schemaVersion(check)).toBe(latest + 1);
    check.close();
  });

  it('roll back a migration that fails halfway, version and all', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [
      ...migrations,
      {
        version: latest + 1,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE half_done (id INTEGER)');
          d.exec('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => migrate(db, broken, createMemoryLogger())).toThrow();
    expect(schemaVersion(db)).toBe(latest);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });
});
