/**
 * Network feeds end to end: GStreamer's RTSP server as the camera, the real
 * ffmpeg in main, WebCodecs in headless Chromium, the compositor's preview.
 *
 * - first_frame_ms: from "Save camera" to the camera's colour on the preview (5 runs, median).
 * - recover_ms: from the camera listening again after an outage to its picture back (5 runs, median).
 * - added_latency_ms: from the camera changing colour (its own clock) to the preview showing it
 *   (20 changes, median): transport, ffmpeg, relay, decode and compositing together.
 * - cpu_per_feed: cores used by main (this process) plus its ffmpeg for one 720p30 H.264 feed
 *   at ~2.5 Mb/s passed through, over 20 s.
 */
import type { Page } from 'playwright-core';
import { startRtspCamera, type RtspCamera } from '../test/support/rtsp/rtspCamera';
import { startBenchStudio, type BenchStudio } from './lib/benchStudio';
import { childPids, cpuSecondsOf } from './lib/processes';
import { report } from './lib/report';
import { percentile, round1 } from './lib/stats';
import { benchSetting } from './lib/settings';

const runs = benchSetting('BENCH_RUNS', 5, 1);
const flips = benchSetting('BENCH_FLIPS', 20, 2);
const cpuSeconds = benchSetting('BENCH_CPU_SECONDS', 20, 2);
const probe = { x: 200, y: 200 };

/** Page-side watcher: every animation frame, the preview's probe pixel; records when it turns green or magenta. */
const watcherScript = `
  window.__feedWatch = { events: [] };
  const canvas = () => document.querySelector('canvas[aria-label="Preview"]');
  let last = 'none';
  const look = () => {
    const c = canvas();
    const ctx = c && c.getContext('2d');
    if (ctx) {
      const [r, g, b] = ctx.getImageData(${probe.x}, ${probe.y}, 1, 1).data;
      const colour = g > 120 && r < 80 && b < 80 ? 'green' : r > 120 && b > 120 && g < 80 ? 'magenta' : 'other';
      if (colour !== last) { window.__feedWatch.events.push({ colour, at: Date.now(), perf: performance.now() }); last = colour; }
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
`;

type WatchEvent = { colour: string; at: number; perf: number };
const events = (page: Page): Promise<WatchEvent[]> =>
  page.evaluate('window.__feedWatch.events') as Promise<WatchEvent[]>;

async function waitFor(page: Page, colour: string, after: number, timeoutMs = 20_000): Promise<WatchEvent> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await events(page)).find((e) => e.colour === colour && e.at >= after);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  const form = await page
    .getByRole('form', { name: 'Network camera' })
    .innerText()
    .catch(() => '');
  throw new Error(
    `preview never showed ${colour}: ${JSON.stringify((await events(page)).slice(-5))} ${form}`,
  );
}

async function openStudio(bench: BenchStudio): Promise<Page> {
  const page = await bench.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(bench.server.url);
  await page.getByRole('contentinfo').waitFor();
  await page.evaluate(watcherScript);
  return page;
}

/** Adds a network camera through the UI; returns the page's clock when "Save camera" was clicked. */
async function addCamera(page: Page, url: string): Promise<number> {
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('networkFeed');
  const form = page.getByRole('form', { name: 'Network camera' });
  await form.getByLabel('Camera address').fill(url);
  return page.evaluate(() => {
    const button = Array.from(document.querySelectorAll('button')).find(
      (b) => b.textContent === 'Save camera',
    );
    const at = Date.now();
    button?.click();
    return at;
  });
}

async function main(): Promise<void> {
  const firstFrames: number[] = [];
  const recoveries: number[] = [];
  const latencies: number[] = [];
  let cpu = { main: 0, ffmpeg: 0 };

  const camera: RtspCamera = await startRtspCamera();
  try {
    for (let run = 0; run < runs; run++) {
      const bench = await startBenchStudio();
      try {
        const page = await openStudio(bench);
        const clicked = await addCamera(page, camera.url);
        firstFrames.push((await waitFor(page, 'green', clicked)).at - clicked);

        if (run === 0) {
          for (let i = 0; i < flips; i++) {
            const colour = i % 2 === 0 ? 'magenta' : 'green';
            const flippedAt = await camera.flip(colour === 'magenta' ? 'c000c0' : '00c000');
            latencies.push((await waitFor(page, colour, flippedAt)).at - flippedAt);
            await new Promise((r) => setTimeout(r, 300));
          }
          await camera.flip('00c000');
        }

        await camera.kill();
        const down = Date.now();
        await waitFor(page, 'other', down);
        await new Promise((r) => setTimeout(r, 1500)); // a real outage, past the first retries
        await camera.start();
        const listening = Date.now();
        recoveries.push((await waitFor(page, 'green', listening)).at - listening);
        await page.close();
      } finally {
        await bench.services.feeds.close();
        await bench.close();
      }
    }
  } finally {
    await camera.dispose();
  }

  // CPU: one realistic moving 720p30 feed.
  const moving = await startRtspCamera({ pattern: 'moving' });
  const bench = await startBenchStudio();
  try {
    const page = await openStudio(bench);
    await addCamera(page, moving.url);
    await page.getByText('Live.', { exact: true }).waitFor({ timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 2000));
    const state = bench.services.feeds.statuses()[0]?.state;
    if (state !== 'live')
      throw new Error(`the moving camera is not live (${state}): is gstreamer1.0-x installed?`);
    // The feed's ffmpeg, and any the first-frame runs left still exiting: only those alive
    // at both ends of the window are counted.
    const ffmpegBefore = new Map(childPids(process.pid, 'ffmpeg').map((pid) => [pid, cpuSecondsOf(pid)]));
    if (ffmpegBefore.size === 0) throw new Error('no ffmpeg child found');
    const mainBefore = process.cpuUsage();
    const started = performance.now();
    await new Promise((r) => setTimeout(r, cpuSeconds * 1000));
    const wall = (performance.now() - started) / 1000;
    const mainUsed = process.cpuUsage(mainBefore);
    const alive = childPids(process.pid, 'ffmpeg').filter((pid) => ffmpegBefore.has(pid));
    if (alive.length === 0) throw new Error('the feed’s ffmpeg ended during the measurement');
    const ffmpegUsed = alive.reduce((sum, pid) => sum + cpuSecondsOf(pid) - (ffmpegBefore.get(pid) ?? 0), 0);
    cpu = { main: (mainUsed.user + mainUsed.system) / 1e6 / wall, ffmpeg: ffmpegUsed / wall };
    const status = bench.services.feeds.statuses()[0];
    console.log(`moving feed: ${status?.fps} fps, ${status?.kbps} kb/s, ${status?.width}x${status?.height}`);
  } finally {
    await bench.services.feeds.close();
    await bench.close();
    await moving.dispose();
  }

  console.log(`first frame ms: ${firstFrames.join(' ')}`);
  console.log(`recover ms: ${recoveries.join(' ')}`);
  console.log(`latency ms: ${latencies.join(' ')}`);
  console.log(`cpu cores: main ${cpu.main.toFixed(3)}, ffmpeg ${cpu.ffmpeg.toFixed(3)}`);
  report({
    first_frame_ms: round1(percentile(firstFrames, 50)),
    first_frame_ms_max: round1(Math.max(...firstFrames)),
    recover_ms: round1(percentile(recoveries, 50)),
    recover_ms_max: round1(Math.max(...recoveries)),
    added_latency_ms: round1(percentile(latencies, 50)),
    added_latency_ms_p95: round1(percentile(latencies, 95)),
    cpu_per_feed: Math.round((cpu.main + cpu.ffmpeg) * 1000) / 1000,
    cpu_main: Math.round(cpu.main * 1000) / 1000,
    cpu_ffmpeg: Math.round(cpu.ffmpeg * 1000) / 1000,
  });
}

await main();
