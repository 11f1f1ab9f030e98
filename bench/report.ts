/**
 * A four-hour show's figures, end to end: a synthetic show with 2,000 viewers in six markets,
 * 100,000 comments (three in ten questions, most answered) and 20,000 buy clicks, recorded through
 * the studio's own IPC on a simulated clock; then its report opened in the browser studio; then
 * a live phase where events are stored at 200 a second while the compositor draws the program.
 *
 * - ingest_ms_p95: the writer's batch (a quarter second of show) written to SQLite, p95.
 * - report_main_ms: main reading the events and summing the report (median of 3).
 * - report_ms: from the click on Reports to every chart drawn (median of 3).
 * - db_mb: the database with the show in it (file and WAL).
 * - compositor_fps: frames the compositor drew per second while 200 events a second were stored.
 * - ingest_live_ms_p95: the writer's batches during that live phase.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { mainCaller } from '../test/support/callMain';
import { startBenchStudio } from './lib/benchStudio';
import { report } from './lib/report';
import { benchSetting } from './lib/settings';
import { percentile, round1 } from './lib/stats';
import { ShowClock, recordSyntheticShow } from '../test/support/syntheticShow';

const hours = benchSetting('BENCH_HOURS', 4, 0.25);
const size = {
  hours,
  viewers: benchSetting('BENCH_VIEWERS', 2000, 200),
  comments: benchSetting('BENCH_COMMENTS', 100_000, 4000),
  clicks: benchSetting('BENCH_CLICKS', 20_000, 1000),
};
const liveSeconds = benchSetting('BENCH_SECONDS', 20, 3);

const median = (values: number[]): number => percentile(values, 50);

async function main(): Promise<void> {
  const clock = new ShowClock();
  let batches: number[] = [];
  const bench = await startBenchStudio({
    now: clock.now,
    onShowEventsFlush: (_rows, ms) => batches.push(ms),
  });
  try {
    const { services, browser, server } = bench;
    const call = mainCaller(services, { url: `${server.origin}/index.html`, isMainFrame: true });
    const generated = performance.now();
    const showId = await recordSyntheticShow(
      services,
      call,
      clock,
      size,
      Date.now() - (hours + 1) * 3_600_000,
    );
    const recordedBatches = batches;
    batches = [];
    console.log(
      `show recorded in ${round1((performance.now() - generated) / 1000)} s, ${recordedBatches.length} batches`,
    );
    services.db.pragma('wal_checkpoint(PASSIVE)');
    const dbFiles = ['studio.sqlite', 'studio.sqlite-wal'].map((f) => join(bench.dataDir, f));
    const dbBytes = dbFiles.reduce((sum, f) => sum + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);

    const mainMs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await call('analytics:getReport', { id: showId });
      mainMs.push(performance.now() - started);
    }

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.urlWith('?diagnostics'));
    await page.getByRole('contentinfo').waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const openMs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await nav.getByRole('button', { name: 'Reports' }).click();
      await page.locator('.report .chart[data-drawn="true"]').nth(4).waitFor({ timeout: 60_000 });
      openMs.push(performance.now() - started);
      await nav.getByRole('button', { name: 'Studio' }).click();
      await page.locator('.report').waitFor({ state: 'detached' });
    }

    // Live: the program on air with a camera, 200 events a second stored (140 from the window,
    // 60 comments through moderation and detection), for the length of the phase.
    await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
    await page.waitForTimeout(2000);
    await call('analytics:startShow');
    await page.evaluate('window.__crossliveDiagnostics.resetCompositorStats()');
    const started = Date.now();
    for (let tick = 0; Date.now() - started < liveSeconds * 1000; tick++) {
      const due = started + tick * 50;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const events = Array.from({ length: 7 }, (_, i) => ({
        kind: 'buyClick' as const,
        viewer: `live-${(tick * 7 + i) % 500}`,
        market: 'br',
        productId: 'product-0',
      }));
      await call('analytics:record', events);
      for (let c = 0; c < 3; c++)
        await call('comments:ingest', {
          source: 'livekit',
          authorId: `live-${(tick * 3 + c) % 500}`,
          authorName: 'Viewer',
          text: `Tem na cor azul? ${tick}`,
          language: 'pt',
          market: 'br',
        });
    }
    const elapsed = (Date.now() - started) / 1000;
    const stats = (await page.evaluate('window.__crossliveDiagnostics.compositorStats()')) as {
      framesRendered: number;
    };
    await call('analytics:endShow');

    report({
      hours,
      viewers: size.viewers,
      comments: size.comments,
      clicks: size.clicks,
      batches: recordedBatches.length,
      ingest_ms_p95: Math.round(percentile(recordedBatches, 95) * 1000) / 1000,
      report_main_ms: Math.round(median(mainMs)),
      report_ms: Math.round(median(openMs)),
      db_mb: round1(dbBytes / 1_048_576),
      compositor_fps: round1(stats.framesRendered / elapsed),
      ingest_live_ms_p95: Math.round(percentile(batches, 95) * 1000) / 1000,
    });
  } finally {
    await bench.close();
  }
}

await main();
