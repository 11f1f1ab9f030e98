/**
 * HD on weak networks, measured the way viewers feel it. The studio (built renderer, real main
 * services, real livekit-client) goes live on the test SFU with its uplink, each direction,
 * through an impaired path (test/sfu/impairedPath.ts); a viewer page on a good network watches.
 * 60 s per profile (`BENCH_SECONDS`), after a 3 s warm-up:
 *
 *   a  150 ms delay, 3% random loss
 *   b  300 ms delay, 5% loss
 *   c  2 Mb/s capacity (200 ms of queue), 1% loss, 40 ms delay
 *   d  profile a with a 2 s blackout every 30 s (UDP lost, TCP held)
 *   o  nothing wrong: the baseline, what the studio and the viewer reach on this machine alone
 *
 * Read from the viewer: decoded (presented) frames per 1 s window, p50 and p5; freezes per minute
 * (gaps of more than 200 ms with no new frame) and WebRTC's own freezeCount; the received height,
 * p50; concealed audio samples in %; glass-to-glass p95 (the camera hidden or shown in the studio
 * every 2 s, to the viewer presenting it); for d, the time from the path's return to full frame
 * rate (14 frames within 500 ms).
 *
 *   npm run bench:weaknet
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { NetworkPath, type Impairment } from '../test/sfu/impairedPath';
import { TestSfu } from '../test/sfu/testSfu';
import { startTokenEndpoint } from '../test/support/livekit/tokenEndpoint';
import { startBenchStudio, thisComputer } from './lib/benchStudio';
import { clickAt, openWaitingViewer, presentedFrames, until, watch } from './lib/liveWatch';
import { keepPeerConnections, tracePublisher } from './lib/publisherTrace';
import { report } from './lib/report';
import { benchSetting } from './lib/settings';
import { percentile, round1 } from './lib/stats';

const seconds = benchSetting('BENCH_SECONDS', 60, 6);
/** The studio's setting by default; BENCH_CODEC compares another under the same profiles. */
const codec = process.env['BENCH_CODEC'] as 'h264' | 'vp8' | 'vp9' | 'av1' | undefined;
/** Every simulcast layer forwarded, as a LiveKit server does; BENCH_LAYERS=first compares the tests' SFU. */
const layers = process.env['BENCH_LAYERS'] === 'first' ? 'first' : 'all';
/** The program's size; by default what a first start on this computer chooses (machineOutput.ts). */
const resolution = process.env['BENCH_RESOLUTION'] as '1280x720' | '1920x1080' | undefined;
/** The room mode (and with it the publish options, programPublishOptions.ts); the studio's setting by default. */
const mode = process.env['BENCH_MODE'] as 'show' | 'showcase' | 'consultation' | undefined;
/** BENCH_TRACE=1 prints the publisher's per-layer statistics every second (publisherTrace.ts). */
const trace = process.env['BENCH_TRACE'] === '1';
const warmupMs = 3000;
const apiKey = 'APIweaknet';
const apiSecret = 'weak-network-bench-secret-of-a-good-length';

interface Profile {
  impairment: Impairment;
  /** Blackouts, in ms from the start of the measured window. */
  blackoutsAt: number[];
}

const every30s = Array.from({ length: Math.floor(seconds / 30) }, (_, i) => 20_000 + i * 30_000);
const profiles: Record<'a' | 'b' | 'c' | 'd' | 'o', Profile> = {
  a: { impairment: { delayMs: 150, loss: 0.03 }, blackoutsAt: [] },
  b: { impairment: { delayMs: 300, loss: 0.05 }, blackoutsAt: [] },
  c: { impairment: { delayMs: 40, loss: 0.01, rateBps: 2_000_000, queueMs: 200 }, blackoutsAt: [] },
  d: {
    impairment: { delayMs: 150, loss: 0.03 },
    blackoutsAt: every30s.length > 0 ? every30s : [seconds * 300],
  },
  /** The same path with nothing wrong: what the studio and the viewer give on this machine, the baseline. */
  o: { impairment: { delayMs: 0, loss: 0 }, blackoutsAt: [] },
};
const blackoutMs = 2000;

/** What the viewer's video receivers count, summed over the measured window to show where frames go. */
const videoCounters = [
  'framesReceived',
  'framesDecoded',
  'framesDropped',
  'keyFramesDecoded',
  'nackCount',
  'pliCount',
  'jitterBufferDelay',
  'jitterBufferEmittedCount',
  'packetsReceived',
  'packetsLost',
] as const;

/** The viewer's peer connections, kept for getStats, and a one-second sampler of what they receive. */
const viewerStats = `${keepPeerConnections}
  window.__stats = [];
  setInterval(async () => {
    const sample = { at: Date.now(), height: 0, freezes: 0, concealed: 0, samples: 0, video: {} };
    for (const pc of window.__pcs) {
      if (pc.connectionState === 'closed') continue;
      (await pc.getStats()).forEach((s) => {
        if (s.type !== 'inbound-rtp') return;
        if (s.kind === 'video') {
          sample.height = Math.max(sample.height, s.frameHeight ?? 0);
          sample.freezes += s.freezeCount ?? 0;
          for (const key of ${JSON.stringify(videoCounters)}) sample.video[key] = (sample.video[key] ?? 0) + (s[key] ?? 0);
        } else if (s.kind === 'audio') {
          sample.concealed += s.concealedSamples ?? 0;
          sample.samples += s.totalSamplesReceived ?? 0;
          window.__audio = { ...window.__audio, [s.id]: { packets: s.packetsReceived, lost: s.packetsLost, concealed: s.concealedSamples, samples: s.totalSamplesReceived } };
        }
      });
    }
    window.__stats.push(sample);
  }, 1000);
`;

interface StatsSample {
  at: number;
  height: number;
  freezes: number;
  concealed: number;
  samples: number;
  video: Partial<Record<(typeof videoCounters)[number], number>>;
}

interface Figures {
  fpsP50: number;
  fpsP5: number;
  freezesPerMin: number;
  webrtcFreezesPerMin: number;
  heightP50: number;
  concealedPct: number;
  glassP95: number;
  recoverMs: number;
}

/** Frames presented in each 1 s window of [from, to). */
function framesPerSecond(frames: readonly number[], from: number, to: number): number[] {
  const counts: number[] = [];
  for (let start = from; start + 1000 <= to; start += 1000)
    counts.push(frames.filter((at) => at >= start && at < start + 1000).length);
  return counts;
}

/** Gaps of more than 200 ms between presented frames within [from, to). */
function freezes(frames: readonly number[], from: number, to: number): number {
  const inside = frames.filter((at) => at >= from && at < to);
  let count = 0;
  for (let i = 1; i < inside.length; i++) if ((inside[i] ?? 0) - (inside[i - 1] ?? 0) > 200) count++;
  return count;
}

/** From `back` to the first moment 14 frames have been presented within 500 ms (full rate, 28 fps). */
function recovery(frames: readonly number[], back: number): number {
  const after = frames.filter((at) => at >= back);
  for (let i = 13; i < after.length; i++)
    if ((after[i] ?? 0) - (after[i - 13] ?? 0) <= 500) return (after[i] ?? 0) - back;
  return Number.POSITIVE_INFINITY;
}

/** UDP packets this machine's kernel dropped for want of socket buffer (Linux), none elsewhere. */
function udpReceiveDrops(): number {
  try {
    const [names, values] = readFileSync('/proc/net/snmp', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('Udp:'))
      .map((line) => line.split(/\s+/));
    return Number(values?.[names?.indexOf('RcvbufErrors') ?? -1] ?? 0);
  } catch {
    return 0;
  }
}

async function measure(name: string, profile: Profile): Promise<Figures> {
  const sfu = new TestSfu({ apiKey, apiSecret, layers });
  await sfu.start();
  // Set up as a host's first start here would be (a 720p output on two cores).
  const bench = await startBenchStudio({ system: thisComputer });
  const path = new NetworkPath(profile.impairment);
  try {
    const { services, browser, server } = bench;
    services.settings.update({
      livekitUrl: await sfu.throughPath('studio', path),
      livekitApiKey: apiKey,
      livekitRoom: `weaknet-${name}`,
      ...(codec ? { liveVideoCodec: codec } : {}),
      ...(mode ? { liveRoomMode: mode } : {}),
      ...(resolution ? { outputResolution: resolution } : {}),
    });
    services.secrets.set('livekitApiSecret', apiSecret);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    if (trace) await page.addInitScript(keepPeerConnections);
    await page.goto(server.urlWith('?diagnostics'));
    await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
    await page.getByText('Ready to go live').waitFor({ timeout: 60_000 });

    const endpoint = await startTokenEndpoint({ serverUrl: sfu.url, apiKey, apiSecret });
    const viewer = await openWaitingViewer(
      browser,
      await services.viewerPage.url(),
      endpoint.url,
      viewerStats,
    );
    await clickAt(page, 'Go live');
    await until('the camera on the viewer', async () =>
      (await watch(viewer)).changes.some((c) => c.colour === 'green') ? true : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, warmupMs));

    const start = Date.now();
    const end = start + seconds * 1000;
    const dropsBefore = udpReceiveDrops();
    // The SFU and the impaired path share this process's event loop: its delay is arrival-time jitter.
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const stopTrace = trace
      ? tracePublisher(page, (line) => {
          const lag = `loop p50 ${Math.round(loop.percentile(50) / 1e6)} p99 ${Math.round(loop.percentile(99) / 1e6)} max ${Math.round(loop.max / 1e6)} ms`;
          loop.reset();
          console.log(`${name} ${Math.round((Date.now() - start) / 1000)}s: ${lag} | ${line}`);
        })
      : () => undefined;
    const backs: number[] = [];
    const blackouts = profile.blackoutsAt.map(
      (at) =>
        new Promise<void>((resolve) =>
          setTimeout(
            () => void path.blackout(blackoutMs).then(() => resolve(void backs.push(Date.now()))),
            at,
          ),
        ),
    );
    const glass: number[] = [];
    const sent = page.getByRole('contentinfo').getByLabel('Show statistics');
    const sampler = setInterval(
      () =>
        void sent.textContent().then(
          (text) => console.log(`${name}: studio ${text}`),
          () => undefined,
        ),
      5000,
    );
    for (let flip = 0; Date.now() < end - 2000; flip++) {
      const colour = flip % 2 === 0 ? 'black' : 'green';
      const flippedAt = await clickAt(page, colour === 'black' ? 'Hide' : 'Show');
      const seen = await until(
        `${colour} on the viewer`,
        async () => (await watch(viewer)).changes.find((c) => c.colour === colour && c.at >= flippedAt),
        15_000,
      ).catch(() => undefined);
      // A change made in a blackout counts too: it is what the viewer waited.
      if (seen) glass.push(seen.at - flippedAt);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, flippedAt + 2000 - Date.now())));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, end - Date.now())));
    await Promise.all(blackouts);
    clearInterval(sampler);
    stopTrace();

    const frames = await presentedFrames(viewer);
    const stats = ((await viewer.evaluate('window.__stats')) as StatsSample[]).filter(
      (s) => s.at >= start && s.at <= end,
    );
    const fps = framesPerSecond(frames, start, end);
    const first = stats[0];
    const last = stats.at(-1);
    const minutes = seconds / 60;
    const figures: Figures = {
      fpsP50: percentile(fps, 50),
      fpsP5: percentile(fps, 5),
      freezesPerMin: round1(freezes(frames, start, end) / minutes),
      webrtcFreezesPerMin: round1(((last?.freezes ?? 0) - (first?.freezes ?? 0)) / minutes),
      heightP50: percentile(
        stats.map((s) => s.height),
        50,
      ),
      concealedPct:
        first && last && last.samples > first.samples
          ? round1(((last.concealed - first.concealed) / (last.samples - first.samples)) * 100)
          : 0,
      glassP95: round1(percentile(glass, 95)),
      recoverMs: backs.length ? Math.max(...backs.map((back) => recovery(frames, back))) : 0,
    };
    console.log(`${name}: fps per second ${fps.join(' ')}`);
    const counted = Object.fromEntries(
      videoCounters.map((key) => [key, round1((last?.video[key] ?? 0) - (first?.video[key] ?? 0))]),
    );
    console.log(`${name}: the viewer's video receivers over the window ${JSON.stringify(counted)}`);
    if (trace)
      stats.forEach((sample, i) => {
        const before = stats[i - 1];
        if (!before) return;
        const delta = videoCounters.map(
          (key) => `${key} ${round1((sample.video[key] ?? 0) - (before.video[key] ?? 0))}`,
        );
        console.log(`${name} ${Math.round((sample.at - start) / 1000)}s viewer: ${delta.join(' ')}`);
      });
    console.log(
      `${name}: the viewer's audio receivers, all along ${JSON.stringify(await viewer.evaluate('window.__audio'))}`,
    );
    console.log(
      `${name}: UDP packets the kernel dropped (socket buffers full) ${udpReceiveDrops() - dropsBefore}`,
    );

    console.log(`${name}: the SFU's upstream repair per layer ${JSON.stringify(sfu.repairState('studio'))}`);
    console.log(`${name}: what the SFU received ${JSON.stringify(sfu.publicationState('studio'))}`);
    console.log(`${name}: ${JSON.stringify(figures)}`);
    await viewer.close();
    await page.close();
    await endpoint.close();
    return figures;
  } finally {
    await bench.close();
    await sfu.stop();
  }
}

async function main(): Promise<void> {
  const only = process.env['BENCH_ONLY']?.split(',');
  const results: Partial<Record<keyof typeof profiles, Figures>> = {};
  for (const [name, profile] of Object.entries(profiles) as [keyof typeof profiles, Profile][]) {
    if (!only || only.includes(name)) results[name] = await measure(name, profile);
  }
  const figures: Record<string, number> = { seconds };
  for (const [name, f] of Object.entries(results)) {
    Object.assign(figures, {
      [`fps_p50_${name}`]: f.fpsP50,
      [`fps_p5_${name}`]: f.fpsP5,
      [`freezes_per_min_${name}`]: f.freezesPerMin,
      [`webrtc_freezes_per_min_${name}`]: f.webrtcFreezesPerMin,
      [`height_p50_${name}`]: f.heightP50,
      [`concealed_audio_pct_${name}`]: f.concealedPct,
      [`glass_ms_p95_${name}`]: f.glassP95,
    });
  }
  if (results.d) figures['recover_ms_d'] = results.d.recoverMs;
  report(figures);
}

await main();
