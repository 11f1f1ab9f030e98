/**
 * What a camera's capture size costs: the studio at a 1280x720 program with one camera filling
 * it, captured at 1920x1080 (the size every new camera got before) and at the size a new camera
 * gets now (cameraCaptureSize: 1280x720 here), one after the other, each in a fresh studio,
 * `BENCH_SECONDS` (20) each, in `BENCH_ROUNDS` (2) rounds, so the two sit side by side in one run.
 *
 *   npm run bench:camera
 *
 * cpu_cores_* is Chromium's renderer processes' CPU time over wall time (SystemInfo): the page,
 * the worker converting each camera frame to RGB, and the capture itself; render_ms_p95_* and
 * fps_* come from the compositor's own statistics. The ratio is the first over the second.
 */
import type { Page } from 'playwright-core';
import { cameraCaptureSize } from '../src/shared/scenes/cameraCapture';
import { addItem, createCollection } from '../src/shared/scenes/edits';
import { defaultTransform, type Size } from '../src/shared/scenes/layout';
import type { CompositorStats } from '../src/renderer/media/compositor/compositorStats';
import { isCameraGreen, programPixel } from '../test/e2e/support/pixels';
import { startBenchStudio } from './lib/benchStudio';
import { chromiumCpu } from './lib/chromiumCpu';
import { report } from './lib/report';
import { benchSetting } from './lib/settings';
import { percentile, round1 } from './lib/stats';

const seconds = benchSetting('BENCH_SECONDS', 20, 3);
const rounds = benchSetting('BENCH_ROUNDS', 2, 1);
const warmupMs = 4000;
const program: Size = { width: 1280, height: 720 };
const captures = { '1080': { width: 1920, height: 1080 }, default: cameraCaptureSize([program]) };

interface Sample {
  cpuCores: number;
  fps: number;
  renderMsP95: number;
}

type Diagnostics = {
  __crossliveDiagnostics: { resetCompositorStats(): void; compositorStats(): CompositorStats };
};

async function measure(capture: Size): Promise<Sample> {
  const { server, services, browser, close } = await startBenchStudio();
  try {
    services.settings.update({ outputResolution: '1280x720' });
    const collection = addItem(
      createCollection({ id: 'show', name: 'Show' }, 'br'),
      'show',
      { id: 'cam', name: 'Camera', kind: 'camera', settings: { deviceId: '', ...capture, fps: 30 } },
      { id: 'camera', transform: defaultTransform('camera', program) },
    );
    services.scenes.save(collection);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // tsx's keepNames wraps functions in __name(); functions sent to the page need it defined there.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = await context.newPage();
    await page.goto(server.urlWith('?diagnostics'));
    await page.waitForFunction(() => '__crossliveDiagnostics' in window);
    await page.waitForTimeout(warmupMs);
    await expectCamera(page);

    const cdp = await browser.newBrowserCDPSession();
    await page.evaluate(() =>
      (window as unknown as Diagnostics).__crossliveDiagnostics.resetCompositorStats(),
    );
    const cpuBefore = await chromiumCpu(cdp);
    const started = performance.now();
    await page.waitForTimeout(seconds * 1000);
    const cpuAfter = await chromiumCpu(cdp);
    const wallSeconds = (performance.now() - started) / 1000;
    const stats = await page.evaluate(() =>
      (window as unknown as Diagnostics).__crossliveDiagnostics.compositorStats(),
    );
    await expectCamera(page);
    return {
      cpuCores: (cpuAfter.renderer - cpuBefore.renderer) / wallSeconds,
      fps: stats.framesRendered / wallSeconds,
      renderMsP95: percentile(stats.renderMs, 95),
    };
  } finally {
    await close();
  }
}

/** The figures count only with the camera's green on the program. */
async function expectCamera(page: Page): Promise<void> {
  const pixel = await programPixel(page, program.width / 2, program.height / 2);
  if (!isCameraGreen(pixel)) throw new Error(`no camera on the program: ${JSON.stringify(pixel)}`);
}

async function main(): Promise<void> {
  const samples: Record<keyof typeof captures, Sample[]> = { '1080': [], default: [] };
  for (let round = 0; round < rounds; round++) {
    for (const name of Object.keys(captures) as (keyof typeof captures)[]) {
      const sample = await measure(captures[name]);
      samples[name].push(sample);
      console.log(`round ${round + 1}, camera at ${name}: ${JSON.stringify(sample)}`);
    }
  }
  const mean = (list: Sample[], key: keyof Sample) => list.reduce((s, x) => s + x[key], 0) / list.length;
  const figures: Record<string, number | string> = {
    program: `${program.width}x${program.height}`,
    capture_default: `${captures.default.width}x${captures.default.height}`,
    seconds,
    rounds,
  };
  for (const name of Object.keys(captures) as (keyof typeof captures)[]) {
    figures[`cpu_cores_${name}`] = Math.round(mean(samples[name], 'cpuCores') * 100) / 100;
    figures[`fps_${name}`] = round1(mean(samples[name], 'fps'));
    figures[`render_ms_p95_${name}`] = round1(mean(samples[name], 'renderMsP95'));
  }
  figures['cpu_ratio_1080_vs_default'] =
    Math.round((mean(samples['1080'], 'cpuCores') / mean(samples.default, 'cpuCores')) * 100) / 100;
  report(figures);
}

await main();
