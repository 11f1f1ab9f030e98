import { spawn } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { callMain } from '../../support/callMain';
import { buildServices } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

it('keeps every count written before the studio was SIGKILLed mid-show, and closes the show on restart', async () => {
  const dir = makeTempDir();
  cleanups.push(() => dir.remove());
  const host = spawn(process.execPath, ['--import', 'tsx', 'test/support/showHost.ts', dir.path], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(() => void host.kill('SIGKILL'));
  // Killed the moment a batch past 300 clicks is reported written: a crash, no shutdown code runs.
  const written = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the show host never wrote 300 clicks')), 30_000);
    let buffered = '';
    host.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const counts = [...buffered.matchAll(/written (\d+)/g)].map((m) => Number(m[1]));
      const last = counts.at(-1) ?? 0;
      if (last < 300) return;
      host.kill('SIGKILL');
      clearTimeout(timer);
      resolve(last);
    });
  });
  await new Promise((resolve) => host.once('exit', resolve));
  expect(host.signalCode).toBe('SIGKILL');

  const restarted = buildServices(dir.path);
  cleanups.push(() => restarted.close());
  const shows = await callMain(restarted, 'analytics:listShows');
  expect(shows).toHaveLength(1);
  const [show] = shows;
  expect(show?.recovered).toBe(true);
  expect(show?.endedAt).not.toBeNull();
  // Everything reported written is there; what was still queued (under a quarter second) may not be.
  expect(show?.buyClicks).toBeGreaterThanOrEqual(written);
  const report = await callMain(restarted, 'analytics:getReport', { id: show?.id ?? 0 });
  expect(report.totals.buyClicks).toBe(show?.buyClicks);
  expect(report.clicks[0]?.clickers).toBe(50);
});
