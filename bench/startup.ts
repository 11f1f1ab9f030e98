/**
 * Renderer start-up: from navigation to the interactive shell (settings loaded
 * from the real SQLite services, UI translated and mounted), in headless
 * Chromium, over 20 cold loads (a fresh browser context each, so no HTTP cache).
 *
 *   npm run bench:startup
 */
import { installStudioBridge } from '../test/e2e/harness/studioBridge';
import { interactiveMark } from '../src/renderer/perf/marks';
import { startBenchStudio } from './lib/benchStudio';
import { report } from './lib/report';
import { percentile, round1 } from './lib/stats';

const loads = 20;

async function main(): Promise<void> {
  const { server, services, browser, close } = await startBenchStudio();
  const samples: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await installStudioBridge(page, () => services.router);
      await page.goto(`${server.origin}/index.html`);
      const handle = await page.waitForFunction(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime,
        interactiveMark,
        { timeout: 30_000 },
      );
      samples.push(Number(await handle.jsonValue()));
      await context.close();
    }
  } finally {
    await close();
  }
  console.log(`samples (ms): ${samples.map(round1).join(' ')}`);
  report({
    startup_ms_p50: round1(percentile(samples, 50)),
    startup_ms_p95: round1(percentile(samples, 95)),
    startup_ms_min: round1(Math.min(...samples)),
    startup_ms_max: round1(Math.max(...samples)),
    loads,
  });
}

await main();
