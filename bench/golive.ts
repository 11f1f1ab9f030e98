/**
 * Going live end to end: the studio (built renderer, real main services) publishes with the
 * real livekit-client to the test SFU; a viewer page on a good network decodes it.
 *
 * - first_frame_ms: from clicking "Go live" to the viewer page's first decoded frame of the show
 *   (the viewer already waits in the room, as it would before a scheduled show). 20 runs.
 * - published_ms: from the click to the studio's status bar saying "Live" (both tracks published).
 * - glass_ms: from a change in the program (the camera shown or hidden, in the studio's clock) to
 *   the viewer's player presenting it (requestVideoFrameCallback): compositing, encoding, the
 *   network, the SFU, decoding. 20 changes.
 * Each on loopback and with the studio's uplink through a path of 150 ms delay and 3% loss each
 * way (test/sfu/impairedPath.ts; the kernel's netem is not available on these machines).
 */
import { NetworkPath } from '../test/sfu/impairedPath';
import { TestSfu } from '../test/sfu/testSfu';
import { startTokenEndpoint } from '../test/support/livekit/tokenEndpoint';
import { startBenchStudio, type BenchStudio } from './lib/benchStudio';
import { clickAt, openWaitingViewer, studioWatcher, until, watch } from './lib/liveWatch';
import { report } from './lib/report';
import { percentile, round1 } from './lib/stats';
import { benchSetting } from './lib/settings';

const runs = benchSetting('BENCH_RUNS', 20, 2);
const codec = (process.env['BENCH_CODEC'] ?? 'h264') as 'h264' | 'vp8' | 'vp9' | 'av1';
const apiKey = 'APIbench';
const apiSecret = 'go-live-bench-secret-of-a-reasonable-length';

async function measure(bench: BenchStudio, sfu: TestSfu, studioUrl: string, room: string) {
  const { services, browser, server } = bench;
  services.settings.update({
    livekitUrl: studioUrl,
    livekitApiKey: apiKey,
    livekitRoom: room,
    liveVideoCodec: codec,
  });
  services.secrets.set('livekitApiSecret', apiSecret);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.getByRole('contentinfo').waitFor();
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  const state = page.getByRole('contentinfo').getByRole('status', { name: 'Show' });
  await page.evaluate(studioWatcher);

  const endpoint = await startTokenEndpoint({ serverUrl: sfu.url, apiKey, apiSecret });
  const viewer = await openWaitingViewer(browser, await services.viewerPage.url(), endpoint.url);

  const firstFrames: number[] = [];
  const published: number[] = [];
  const glass: number[] = [];
  for (let run = 0; run < runs; run++) {
    // The studio prepares the next show while idle, as it does between shows; the host sees it ready.
    await page.getByText('Ready to go live').waitFor({ timeout: 30_000 });
    const before = (await watch(viewer)).firsts.length;
    const clicked = await clickAt(page, 'Go live');
    const first = await until('the first frame', async () => (await watch(viewer)).firsts[before]);
    firstFrames.push(first - clicked);
    await state.filter({ hasText: /^Live$/ }).waitFor();
    published.push(((await page.evaluate('window.__liveAt.at(-1)')) as number) - clicked);
    if (run === 0) {
      await until('the camera on the viewer', async () =>
        (await watch(viewer)).changes.some((c) => c.colour === 'green') ? true : undefined,
      );
      for (let flip = 0; flip < runs; flip++) {
        const colour = flip % 2 === 0 ? 'black' : 'green';
        const flippedAt = await clickAt(page, colour === 'black' ? 'Hide' : 'Show');
        const seen = await until(`${colour} on the viewer`, async () =>
          (await watch(viewer)).changes.find((c) => c.colour === colour && c.at >= flippedAt),
        );
        glass.push(seen.at - flippedAt);
        await new Promise((r) => setTimeout(r, 400));
      }
      if (runs % 2 === 1) await clickAt(page, 'Show');
    }
    await clickAt(page, 'End show');
    await state.filter({ hasText: /^Offline$/ }).waitFor();
  }
  await viewer.close();
  await page.close();
  await endpoint.close();
  return { firstFrames, published, glass };
}

async function main(): Promise<void> {
  type Figures = Awaited<ReturnType<typeof measure>>;
  const results: Partial<Record<'loopback' | 'netem', Figures>> = {};
  for (const condition of ['loopback', 'netem'] as const) {
    const sfu = new TestSfu({ apiKey, apiSecret });
    await sfu.start();
    const bench = await startBenchStudio();
    try {
      const url =
        condition === 'loopback'
          ? sfu.url
          : await sfu.throughPath('studio', new NetworkPath({ delayMs: 150, loss: 0.03 }));
      const figures = await measure(bench, sfu, url, `bench-${condition}`);
      results[condition] = figures;
      console.log(`${condition} first frame ms: ${figures.firstFrames.join(' ')}`);
      console.log(`${condition} published ms: ${figures.published.join(' ')}`);
      console.log(`${condition} glass-to-glass ms: ${figures.glass.join(' ')}`);
    } finally {
      await bench.close();
      await sfu.stop();
    }
  }
  const { loopback, netem } = results as Record<'loopback' | 'netem', Figures>;
  report({
    runs,
    first_frame_ms_p50_loopback: round1(percentile(loopback.firstFrames, 50)),
    first_frame_ms_p95_loopback: round1(percentile(loopback.firstFrames, 95)),
    published_ms_p50_loopback: round1(percentile(loopback.published, 50)),
    glass_ms_p50_loopback: round1(percentile(loopback.glass, 50)),
    glass_ms_p95_loopback: round1(percentile(loopback.glass, 95)),
    first_frame_ms_p50_netem: round1(percentile(netem.firstFrames, 50)),
    first_frame_ms_p95_netem: round1(percentile(netem.firstFrames, 95)),
    published_ms_p50_netem: round1(percentile(netem.published, 50)),
    glass_ms_p50_netem: round1(percentile(netem.glass, 50)),
    glass_ms_p95_netem: round1(percentile(netem.glass, 95)),
  });
}

await main();
