import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../src/main/logging/logger';
import { BackupRecordings } from '../../../../src/main/services/recording/backupRecordings';
import { makeTempDir } from '../../../support/tempDir';

describe('BackupRecordings', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('writes chunks in order, each on disk when the call returns', () => {
    const recordings = new BackupRecordings(dir.path, createMemoryLogger());
    const info = recordings.start('video/webm');
    expect(info.path).toMatch(/CrossLive .*\.webm$/);
    recordings.append(info.id, 0, Uint8Array.of(1, 2, 3));
    expect(readFileSync(info.path)).toEqual(Buffer.from([1, 2, 3]));
    expect(recordings.append(info.id, 1, Uint8Array.of(4)).bytes).toBe(4);
    expect(recordings.finish(info.id).bytes).toBe(4);
    expect(readFileSync(info.path)).toEqual(Buffer.from([1, 2, 3, 4]));
  });

  it('refuses a missing or repeated chunk rather than writing a corrupt file', () => {
    const recordings = new BackupRecordings(dir.path, createMemoryLogger());
    const info = recordings.start('video/webm');
    recordings.append(info.id, 0, Uint8Array.of(1));
    expect(() => recordings.append(info.id, 2, Uint8Array.of(3))).toThrow(/chunk 2 arrived, 1 expected/);
    expect(() => recordings.append(info.id, 0, Uint8Array.of(1))).toThrow(/chunk 0 arrived/);
    expect(() => recordings.append('00000000-0000-0000-0000-000000000000', 0, Uint8Array.of(1))).toThrow(
      /no open recording/,
    );
    expect(readFileSync(info.path)).toEqual(Buffer.from([1]));
  });

  it('gives two recordings started in the same second two files, and closes all at quit', () => {
    const recordings = new BackupRecordings(dir.path, createMemoryLogger(), () => 1_795_000_000_000);
    const a = recordings.start('video/webm');
    const b = recordings.start('video/mp4');
    expect(a.path).not.toBe(b.path);
    expect(b.path).toMatch(/\.mp4$/);
    recordings.closeAll();
    expect(() => recordings.finish(a.id)).toThrow(/no open recording/);
  });
});
