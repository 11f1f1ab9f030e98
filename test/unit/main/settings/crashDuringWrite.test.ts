import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../support/tempDir';

const writer = new URL('../../../support/settingsWriter.ts', import.meta.url).pathname;

/** Starts the writer, waits for `acknowledged` committed writes, then SIGKILLs it mid-write. */
async function killDuringWrites(file: string, acknowledged: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let last = 0;
  const lines = createInterface({ input: child.stdout });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('writer never reached its count')), 15_000);
    lines.on('line', (line) => {
      last = Number(line);
      if (last >= acknowledged) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  await exited;
  return last;
}

describe('a studio killed in the middle of a settings write', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it.each([1, 2, 3])('loses nothing already committed (run %i)', async (run) => {
    const file = `${dir.path}/studio-${run}.sqlite`;
    const acknowledged = await killDuringWrites(file, 150 * run);
    expect(acknowledged).toBeGreaterThanOrEqual(150 * run);

    const db = new Database(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const row = (key: string): string =>
      JSON.parse(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string) as string;
    const host = Number(row('hostDisplayName').replace('host-', ''));
    const key = Number(row('livekitApiKey').replace('key-', ''));
    db.close();

    // Every write the child saw commit is there; the write cut off by the kill is
    // there whole or not at all (both keys come from the same transaction).
    expect(host).toBeGreaterThanOrEqual(acknowledged);
    expect(key).toBe(host);
  });
});
