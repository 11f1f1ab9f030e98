/**
 * The compositor at broadcast load: 1920x1080 at 30 fps with the fake camera, a
 * screen capture, a looping product video and 8 overlays (3 product cards, 2
 * lower thirds, 2 running countdowns, a logo), for 30 s in headless Chromium.
 *
 *   npm run bench:compositor
 *
 * fps and frame times come from the compositor's own per-frame statistics;
 * cpu_cores is the renderer processes' CPU time over wall time (Chromium's
 * SystemInfo), gpu_cores the same for the GPU process (software raster here).
 * Then the same again with two destinations (nginx-rtmp) on other variants, a
 * portrait Brazil and a landscape Saudi Arabia, each composited and encoded every
 * frame: the `_variants` figures, and destination_fps_p50/p5, the frame rate the ingest
 * received from each destination, sampled every second.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addItem, createCollection } from '../src/shared/scenes/edits';
import { defaultTransform } from '../src/shared/scenes/layout';
import type { SceneCollection, Source, Transform } from '../src/shared/scenes/model';
import type { CompositorStats } from '../src/renderer/media/compositor/compositorStats';
import { isBlack, isCameraGreen, programPixel } from '../test/e2e/support/pixels';
import { silkScarf } from '../test/support/products';
import { recordRedWebm } from '../test/e2e/support/recordWebm';
import { startBenchStudio } from './lib/benchStudio';
import { chromiumCpu } from './lib/chromiumCpu';
import { newDestination } from '../src/shared/outputs/destination';
import { startRtmpIngest } from '../test/support/ingest/nginxRtmp';
import { report } from './lib/report';
import { percentile, round1 } from './lib/stats';
import { benchSetting } from './lib/settings';

const seconds = benchSetting('BENCH_SECONDS', 30, 3);
const warmupMs = 3000;
const output = { width: 1920, height: 1080 };
/** Two more compositions: a portrait phone canvas for Brazil and landscape for Saudi Arabia. */
const variantDestinations = [
  { id: 'br', market: 'br', canvas: '720x1280' },
  { id: 'sa', market: 'sa', canvas: '1280x720' },
] as const;

function showCollection(media: { image: string; video: string }): SceneCollection {
  const at = (x: number, y: number, width: number, height: number): Transform => ({
    x,
    y,
    width,
    height,
    rotation: 0,
  });
  const sources: [Source, Transform][] = [
    [
      {
        id: 'cam',
        name: 'Camera',
        kind: 'camera',
        settings: { deviceId: '', width: 1920, height: 1080, fps: 30 },
      },
      defaultTransform('camera', output),
    ],
    [{ id: 'screen', name: 'Screen', kind: 'screen', settings: { label: '' } }, at(40, 40, 640, 360)],
    [
      {
        id: 'video',
        name: 'Promo',
        kind: 'video',
        settings: { mediaId: media.video, loop: true, volume: 1, muted: false },
      },
      at(40, 420, 480, 270),
    ],
    [
      { id: 'card1', name: 'Card 1', kind: 'productCard', settings: { productId: silkScarf.id } },
      defaultTransform('productCard', output),
    ],
    [
      { id: 'card2', name: 'Card 2', kind: 'productCard', settings: { productId: silkScarf.id } },
      at(900, 80, 380, 520),
    ],
    [
      { id: 'card3', name: 'Card 3', kind: 'productCard', settings: { productId: silkScarf.id } },
      at(560, 420, 300, 420),
    ],
    [
      {
        id: 'lt1',
        name: 'Host',
        kind: 'lowerThird',
        settings: { title: 'Mei · Hangzhou Silk', subtitle: 'Factory direct, live' },
      },
      defaultTransform('lowerThird', output),
    ],
    [
      {
        id: 'lt2',
        name: 'Offer',
        kind: 'lowerThird',
        settings: { title: 'Free shipping today', subtitle: 'Ends at midnight' },
      },
      at(1100, 900, 760, 130),
    ],
    [
      {
        id: 'cd1',
        name: 'Deal',
        kind: 'countdown',
        settings: { label: '', endsAt: new Date(Date.now() + 3_600_000).toISOString() },
      },
      at(1480, 40, 380, 130),
    ],
    [
      {
        id: 'cd2',
        name: 'Flash',
        kind: 'countdown',
        settings: { label: 'Flash sale', endsAt: new Date(Date.now() + 600_000).toISOString() },
      },
      at(1480, 740, 380, 130),
    ],
    [
      { id: 'logo', name: 'Logo', kind: 'image', settings: { mediaId: media.image } },
      at(1780, 960, 100, 100),
    ],
  ];
  // BENCH_ONLY=cam,card1 keeps only those sources: for finding what costs.
  const only = process.env['BENCH_ONLY']?.split(',');
  let collection = createCollection({ id: 'show', name: 'Show' }, 'br');
  sources.forEach(([source, transform], i) => {
    if (only && !only.includes(source.id)) return;
    collection = addItem(collection, 'show', source, { id: `item-${i}`, transform });
  });
  return collection;
}

async function main(): Promise<void> {
  const { server, services, browser, close } = await startBenchStudio();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // tsx compiles with esbuild's keepNames, which wraps functions in __name();
    // functions sent to page.evaluate need it defined in the page.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const setup = await context.newPage();
    await setup.goto(server.url);
    const video = services.media.import('promo.webm', 'video/webm', await recordRedWebm(setup, 2000));
    await setup.close();
    const image = services.media.import(
      'logo.png',
      'image/png',
      readFileSync(join(import.meta.dirname, '../resources/icon.png')),
    );
    services.catalog.save(silkScarf);
    services.scenes.save(showCollection({ image: image.id, video: video.id }));

    const page = await context.newPage();
    await page.goto(server.urlWith('?diagnostics'));
    await page.waitForFunction(() => 'studio' in window && '__crossliveDiagnostics' in window);
    await page.waitForTimeout(warmupMs);

    const cdp = await browser.newBrowserCDPSession();
    /** The compositor's own statistics and the processes' CPU over `seconds` from now. */
    const measure = async () => {
      const cpuBefore = await chromiumCpu(cdp);
      const started = performance.now();
      await page.evaluate(() =>
        (
          window as unknown as { __crossliveDiagnostics: { resetCompositorStats(): void } }
        ).__crossliveDiagnostics.resetCompositorStats(),
      );
      await page.waitForTimeout(seconds * 1000);
      const stats = await page.evaluate(() =>
        (
          window as unknown as { __crossliveDiagnostics: { compositorStats(): CompositorStats } }
        ).__crossliveDiagnostics.compositorStats(),
      );
      const wallSeconds = (performance.now() - started) / 1000;
      const cpuAfter = await chromiumCpu(cdp);
      return { stats, wallSeconds, cpuBefore, cpuAfter };
    };
    const { stats, wallSeconds, cpuBefore, cpuAfter } = await measure();

    // The figures count only if the picture is really there: the camera's green
    // where nothing covers it, the screen capture, and the red product video.
    const drawn = {
      camera: isCameraGreen(await programPixel(page, 1100, 700)),
      screen: !isBlack(await programPixel(page, 200, 200)),
      video: (await programPixel(page, 100, 600)).r > 150,
    };
    if (!drawn.camera || !drawn.screen || !drawn.video) {
      throw new Error(`sources missing from the program: ${JSON.stringify(drawn)}`);
    }

    console.log(
      `frames ${stats.framesRendered} in ${round1(wallSeconds)} s; render ms p50/p95/p99 ` +
        `${round1(percentile(stats.renderMs, 50))}/${round1(percentile(stats.renderMs, 95))}/${round1(percentile(stats.renderMs, 99))}; ` +
        `frame interval p99 ${round1(percentile(stats.frameIntervals, 99))} ms`,
    );

    // The same show going out to destinations for other markets and a phone canvas too: each
    // variant is composited again every frame (and encoded), on this thread.
    const ingest = await startRtmpIngest(variantDestinations.map((d) => d.id));
    try {
      for (const d of variantDestinations) {
        const destination = {
          ...newDestination(d.id, 'customRtmp', d.market, d.id),
          serverUrl: ingest.serverUrl,
          canvas: d.canvas,
        };
        services.outputs.save({ destination, streamKey: d.id, srtPassphrase: null });
      }
      await services.outputs.start(variantDestinations.map((d) => d.id));
      await page.waitForTimeout(warmupMs);
      // The destinations' own frame rate (ffmpeg's, over its last second), sampled through the run.
      const destinationFps: number[] = [];
      const sampler = setInterval(() => {
        for (const d of services.outputs.state().destinations)
          if (d.state === 'live') destinationFps.push(d.fps);
      }, 1000);
      const withVariants = await measure().finally(() => clearInterval(sampler));
      const live = services.outputs.state().destinations.filter((d) => d.state === 'live').length;
      if (live !== variantDestinations.length) throw new Error(`only ${live} destinations live`);
      await services.outputs.stopAll();
      const v = withVariants.stats;
      console.log(
        `with ${variantDestinations.length} variants: frames ${v.framesRendered}; render ms p50/p99 ` +
          `${round1(percentile(v.renderMs, 50))}/${round1(percentile(v.renderMs, 99))}`,
      );
      report({
        fps: round1(stats.framesRendered / wallSeconds),
        frame_ms_p50: round1(percentile(stats.renderMs, 50)),
        frame_ms_p95: round1(percentile(stats.renderMs, 95)),
        frame_ms_p99: round1(percentile(stats.renderMs, 99)),
        frame_interval_ms_p99: round1(percentile(stats.frameIntervals, 99)),
        dropped_frames: stats.droppedFrames,
        cpu_cores: Math.round(((cpuAfter.renderer - cpuBefore.renderer) / wallSeconds) * 100) / 100,
        gpu_cores: Math.round(((cpuAfter.gpu - cpuBefore.gpu) / wallSeconds) * 100) / 100,
        seconds: Math.round(wallSeconds),
        variants: variantDestinations.length,
        fps_variants: round1(v.framesRendered / withVariants.wallSeconds),
        frame_ms_p99_variants: round1(percentile(v.renderMs, 99)),
        frame_interval_ms_p99_variants: round1(percentile(v.frameIntervals, 99)),
        dropped_frames_variants: v.droppedFrames,
        destination_fps_p50: round1(percentile(destinationFps, 50)),
        destination_fps_p5: round1(percentile(destinationFps, 5)),
        cpu_cores_variants:
          Math.round(
            ((withVariants.cpuAfter.renderer - withVariants.cpuBefore.renderer) / withVariants.wallSeconds) *
              100,
          ) / 100,
      });
    } finally {
      await ingest.dispose();
    }
  } finally {
    await close();
  }
}

await main();
