/**
 * Start-up, in headless Chromium:
 * - renderer start-up: from navigation to the interactive shell (settings loaded from the
 *   real SQLite services, UI translated and mounted), over 20 cold loads (a fresh browser
 *   context each, so no HTTP cache);
 * - the browser studio: from starting its Node process (`node out/main/browserStudio.js`,
 *   what `npm start` runs where Electron is absent) to the shell interactive in a page
 *   opened at the address it prints, over 10 starts on one data folder.
 *
 *   npm run bench:startup
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser } from 'playwright-core';
import { interactiveMark } from '../src/renderer/perf/marks';
import { makeTempDir } from '../test/support/tempDir';
import { startBenchStudio } from './lib/benchStudio';
import { report } from './lib/report';
import { benchSetting } from './lib/settings';
import { percentile, round1 } from './lib/stats';

const loads = benchSetting('BENCH_LOADS', 20, 2);
const webStarts = benchSetting('BENCH_WEB_STARTS', 10, 2);
const browserStudio = join(import.meta.dirname, '../out/main/browserStudio.js');

/** Opens `url` in a fresh context and answers the page's clock at the interactive mark. */
async function loadToInteractive(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      interactiveMark,
      { timeout: 30_000 },
    );
    return Number(await handle.jsonValue());
  } finally {
    await context.close();
  }
}

/** Process start to interactive shell, for one start of the browser studio. */
async function webStartup(browser: Browser, dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [browserStudio, '--no-open', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let url: string | undefined;
    for await (const line of createInterface({ input: child.stdout })) {
      url = /^Studio: (\S+)$/.exec(line)?.[1];
      if (url) break;
    }
    if (!url) throw new Error('the browser studio printed no address');
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, interactiveMark, {
      timeout: 30_000,
    });
    const elapsed = performance.now() - started;
    await context.close();
    return elapsed;
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  }
}

async function main(): Promise<void> {
  const { server, browser, close } = await startBenchStudio();
  const samples: number[] = [];
  const webSamples: number[] = [];
  const dataDir = makeTempDir('crosslive-bench-web-');
  try {
    for (let i = 0; i < loads; i++) samples.push(await loadToInteractive(browser, server.url));
    for (let i = 0; i < webStarts; i++) webSamples.push(await webStartup(browser, dataDir.path));
  } finally {
    await close();
    dataDir.remove();
  }
  console.log(`renderer samples (ms): ${samples.map(round1).join(' ')}`);
  console.log(`browser studio samples (ms): ${webSamples.map(round1).join(' ')}`);
  report({
    startup_ms_p50: round1(percentile(samples, 50)),
    startup_ms_p95: round1(percentile(samples, 95)),
    startup_ms_min: round1(Math.min(...samples)),
    startup_ms_max: round1(Math.max(...samples)),
    loads,
    web_startup_ms_p50: round1(percentile(webSamples, 50)),
    web_startup_ms_p95: round1(percentile(webSamples, 95)),
    web_starts: webStarts,
  });
}

await main();
