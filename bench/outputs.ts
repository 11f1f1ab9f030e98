/**
 * Multistream from this computer: the window encodes each variant with WebCodecs, main muxes
 * it with ffmpeg per destination, nginx-rtmp is the marketplaces' ingest. One run gives:
 *
 *   first_media_ms     "start" to the first video tag on the ingest's disk, p50 of 10 runs
 *   reconnect_ms       the ingest listening again to the first video tag of the new publish
 *   cpu_cores_studio_one / cpu_cores_obs_one / cpu_ratio_vs_obs
 *                      one 720p30 2.5 Mb/s RTMP output of the same scene (a looping 720p
 *                      video and an image over it), the studio (Chromium's processes, main,
 *                      ffmpeg) against OBS Studio 29 (x264 veryfast, Simple output), one
 *                      after the other on this machine, read from the OS
 *   cpu_cores_two, dropped_frames_two, fps_two_min
 *                      landscape US plus portrait Brazil; drops counted in the window's
 *                      encoders and in main's muxers and ffmpeg
 *   cpu_cores_three    plus landscape Saudi Arabia (another market: drawn again)
 *   av_drift_ms        how far video and audio timestamps at the ingest moved apart over
 *                      2 minutes of one output
 *
 *   npm run bench:outputs
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { InvokeChannel, RequestOf } from '../src/shared/ipc/contract';
import { newDestination, type Destination } from '../src/shared/outputs/destination';
import type { OutputsState } from '../src/shared/outputs/outputStatus';
import { addItem, createCollection } from '../src/shared/scenes/edits';
import type { Source } from '../src/shared/scenes/model';
import { startRtmpIngest } from '../test/support/ingest/nginxRtmp';
import { launchObs, obsAvailable } from '../test/support/obs/obsStudio';
import { makeTempDir } from '../test/support/tempDir';
import { avOffsetMs } from './lib/avOffset';
import { startBenchStudio } from './lib/benchStudio';
import { firstVideoTag, recorded } from './lib/flvArrivals';
import { streamFromObs } from './lib/obsStream';
import { childPids, cpuSecondsOf } from './lib/processes';
import { report } from './lib/report';
import { benchSetting } from './lib/settings';
import { percentile, round1 } from './lib/stats';

const runs = benchSetting('BENCH_RUNS', 10, 1);
const cpuSeconds = benchSetting('BENCH_CPU_SECONDS', 20, 2);
const driftSeconds = benchSetting('BENCH_DRIFT_SECONDS', 120, 6);
const kbps = 2500;

if (!obsAvailable()) throw new Error('bench:outputs needs OBS Studio and Xvfb (see .ci/run)');

const work = makeTempDir('crosslive-outputs-bench-');
const recordings = join(work.path, 'ingest');
execFileSync('mkdir', ['-p', recordings]);
const clip = join(work.path, 'clip.webm');
// A moving, camera-like picture with sound: the same file for the studio and for OBS.
execFileSync('ffmpeg', [
  '-v',
  'error',
  '-f',
  'lavfi',
  '-i',
  'testsrc2=size=1280x720:rate=30',
  '-f',
  'lavfi',
  '-i',
  'sine=frequency=440:sample_rate=48000',
  '-t',
  '10',
  '-c:v',
  'libvpx',
  '-deadline',
  'realtime',
  '-cpu-used',
  '8',
  '-b:v',
  '3M',
  '-c:a',
  'libopus',
  clip,
]);
const logo = join(import.meta.dirname, '../resources/icon.png');
const ingest = await startRtmpIngest(['obs', 'us', 'br', 'sa'], { recordDir: recordings });

/** Cores used over `seconds` by the processes `sample` reads, from the OS's counters. */
async function cores(sample: () => Promise<number>, seconds: number): Promise<number> {
  const before = await sample();
  const started = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  return ((await sample()) - before) / ((performance.now() - started) / 1000);
}

async function obsFigures(): Promise<number> {
  const obs = await launchObs({ password: 'bench' });
  try {
    const seen = recorded(recordings, 'obs');
    const socket = await streamFromObs(
      obs,
      { video: clip, image: logo },
      { server: ingest.serverUrl, key: 'obs', kbps },
    );
    await firstVideoTag(recordings, 'obs', seen, 30_000);
    await new Promise((r) => setTimeout(r, 2000));
    const [pid] = childPids(process.pid, 'obs');
    if (pid === undefined) throw new Error('OBS is not running');
    const used = await cores(async () => cpuSecondsOf(pid), cpuSeconds);
    await socket.call('StopStream');
    await socket.disconnect();
    return used;
  } finally {
    await obs.dispose();
  }
}

const obsCores = await obsFigures();

const studio = await startBenchStudio();
const { services, server, browser } = studio;
try {
  services.settings.update({ outputResolution: '1280x720', outputFps: 30 });
  const video = services.media.import('clip.webm', 'video/webm', readFileSync(clip));
  const image = services.media.import('logo.png', 'image/png', readFileSync(logo));
  const sources: Source[] = [
    {
      id: 'clip',
      name: 'Factory floor',
      kind: 'video',
      settings: { mediaId: video.id, loop: true, volume: 1, muted: false },
    },
    { id: 'logo', name: 'Logo', kind: 'image', settings: { mediaId: image.id } },
  ];
  let collection = createCollection({ id: 'scene', name: 'Factory' }, 'us-east');
  collection = addItem(collection, 'scene', sources[0] as Source, {
    id: 'clip-item',
    transform: { x: 0, y: 0, width: 1280, height: 720, rotation: 0 },
  });
  collection = addItem(collection, 'scene', sources[1] as Source, {
    id: 'logo-item',
    transform: { x: 1120, y: 40, width: 120, height: 120, rotation: 0 },
  });
  services.scenes.save(collection);
  const destination = (id: string, market: Destination['market'], canvas: Destination['canvas']): void => {
    const d = {
      ...newDestination(id, 'customRtmp', market, id),
      serverUrl: ingest.serverUrl,
      canvas,
      videoKbps: kbps,
    };
    services.outputs.save({ destination: d, streamKey: id, srtPassphrase: null });
  };
  destination('us', 'us-east', '1280x720');
  destination('br', 'br', '720x1280');
  destination('sa', 'sa', '1280x720');

  const page = await browser.newPage();
  await page.goto(server.urlWith('?diagnostics'));
  await page.waitForFunction(() => 'studio' in window && '__crossliveDiagnostics' in window);
  // The clip's sound needs the page to have been used once (autoplay policy), as a host would.
  await page.mouse.click(5, 5);
  await page.waitForTimeout(3000);
  const cdp = await browser.newBrowserCDPSession();
  const invoke = <C extends InvokeChannel>(channel: C, request: RequestOf<C>) =>
    page.evaluate(([c, r]) => window.studio.invoke(c as InvokeChannel, r as never), [
      channel,
      request,
    ] as const);

  // Go live, as the dock's Start does, until the first picture is on the ingest.
  const firstMedia: number[] = [];
  for (let run = 0; run < runs; run++) {
    const seen = recorded(recordings, 'us');
    const started = performance.now();
    await invoke('outputs:start', { ids: ['us'] });
    firstMedia.push((await firstVideoTag(recordings, 'us', seen)) - started);
    if (run < runs - 1) {
      await invoke('outputs:stop', { ids: ['us'] });
      // nginx names each recording by its second: the next publish must start in a new one.
      await page.waitForTimeout(1100);
    }
  }
  console.log(`first media ms: ${firstMedia.map(Math.round).join(', ')}`);

  const studioCpu = async (): Promise<number> => {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { cpuTime: number }[];
    };
    const chromium = processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
    const main = process.cpuUsage();
    const ffmpeg = childPids(process.pid, 'ffmpeg').reduce((sum, pid) => sum + cpuSecondsOf(pid), 0);
    return chromium + (main.user + main.system) / 1e6 + ffmpeg;
  };
  await page.waitForTimeout(2000);
  const studioOne = await cores(studioCpu, cpuSeconds);

  // The ingest crashes and comes back: from its port listening to the picture on its disk.
  const seenBefore = recorded(recordings, 'us');
  await ingest.kill();
  await until(page, (s) =>
    s.destinations.some((d) => d.destinationId === 'us' && d.state === 'reconnecting'),
  );
  await page.waitForTimeout(1000);
  await ingest.start();
  const back = performance.now();
  const reconnectMs = (await firstVideoTag(recordings, 'us', seenBefore)) - back;

  const dropped = async (): Promise<number> => {
    const main = services.outputs.state().destinations.reduce((sum, d) => sum + d.droppedFrames, 0);
    const windowDrops: number = await page.evaluate(() =>
      (
        window as unknown as { __crossliveDiagnostics: { outputDroppedFrames(): number } }
      ).__crossliveDiagnostics.outputDroppedFrames(),
    );
    return main + windowDrops;
  };

  const seenBr = recorded(recordings, 'br');
  await invoke('outputs:start', { ids: ['br'] });
  await firstVideoTag(recordings, 'br', seenBr);
  await page.waitForTimeout(2000);
  const droppedBefore = await dropped();
  const cpuTwo = await cores(studioCpu, cpuSeconds);
  const droppedTwo = (await dropped()) - droppedBefore;
  const fpsTwo = Math.min(
    ...services.outputs
      .state()
      .destinations.filter((d) => d.state === 'live')
      .map((d) => d.fps),
  );

  const seenSa = recorded(recordings, 'sa');
  await invoke('outputs:start', { ids: ['sa'] });
  await firstVideoTag(recordings, 'sa', seenSa);
  await page.waitForTimeout(2000);
  const cpuThree = await cores(studioCpu, cpuSeconds);

  // Drift: one output for the whole stretch, its A/V offset read at the ingest at both ends.
  await invoke('outputs:stop', { ids: ['br', 'sa'] });
  const offsetStart = await avOffsetMs(`${ingest.serverUrl}/us`, 3);
  await page.waitForTimeout(Math.max(0, driftSeconds - 6) * 1000);
  const offsetEnd = await avOffsetMs(`${ingest.serverUrl}/us`, 3);
  await invoke('outputs:stopAll', undefined);

  console.log(
    `cpu cores: studio one ${cores2(studioOne)}, OBS one ${cores2(obsCores)}, two ${cores2(cpuTwo)}, three ${cores2(cpuThree)}; ` +
      `A/V offset ${round1(offsetStart)} -> ${round1(offsetEnd)} ms`,
  );
  report({
    first_media_ms: Math.round(percentile(firstMedia, 50)),
    reconnect_ms: Math.round(reconnectMs),
    cpu_cores_studio_one: cores2(studioOne),
    cpu_cores_obs_one: cores2(obsCores),
    cpu_ratio_vs_obs: cores2(studioOne / obsCores),
    cpu_cores_two: cores2(cpuTwo),
    dropped_frames_two: droppedTwo,
    fps_two_min: fpsTwo,
    cpu_cores_three: cores2(cpuThree),
    av_drift_ms: round1(Math.abs(offsetEnd - offsetStart)),
    drift_seconds: driftSeconds,
  });
} finally {
  await studio.close();
  await ingest.dispose();
  work.remove();
}

/** Two decimals, for JSON that people read. */
function cores2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Waits until main's outputs state, asked from the page, satisfies `test`. */
async function until(page: Page, test: (state: OutputsState) => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const state = await page.evaluate(() => window.studio.invoke('outputs:getState'));
    if (state.ok && test(state.value)) return;
    await page.waitForTimeout(50);
  }
  throw new Error('outputs never reached the state waited for');
}
