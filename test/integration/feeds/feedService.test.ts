import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { Feed } from '../../../src/shared/feeds/feed';
import { FeedViewer } from '../../support/feedViewer';
import { startRtspCamera, type RtspCamera } from '../../support/rtsp/rtspCamera';
import { buildServices, testOrigin } from '../../support/services';
import { freePort } from '../../support/freePort';
import { waitForListener } from '../../support/listening';
import { makeTempDir } from '../../support/tempDir';
import { ffmpegFor } from '../../support/ffmpegProcesses';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function studio() {
  const dir = makeTempDir();
  const services = buildServices(dir.path);
  cleanups.push(async () => {
    await services.feeds.close();
    services.close();
    dir.remove();
  });
  return services;
}

async function camera(options: Parameters<typeof startRtspCamera>[0] = {}): Promise<RtspCamera> {
  const cam = await startRtspCamera(options);
  cleanups.push(() => cam.dispose());
  return cam;
}

const feed = (id: string, url: string, extra: Partial<Feed> = {}): Feed => ({
  id,
  name: `Camera ${id}`,
  url,
  rtspTransport: 'tcp',
  username: '',
  ...extra,
});

async function watch(services: ReturnType<typeof studio>, feedId: string): Promise<FeedViewer> {
  const { url } = await services.feeds.open(feedId);
  const viewer = new FeedViewer(url, testOrigin);
  cleanups.push(() => viewer.close());
  return viewer;
}

describe('network feeds through the real ffmpeg from a real RTSP camera', () => {
  it('passes H.264 through untouched: access units with their SPS, 720p, key frames', async () => {
    const cam = await camera();
    const services = studio();
    services.feeds.save(feed('a', cam.url), null);
    const viewer = await watch(services, 'a');
    await expect.poll(() => viewer.units.length, { timeout: 10_000 }).toBeGreaterThan(30);
    expect(viewer.texts.find((t) => t.type === 'config')).toMatchObject({
      codec: expect.stringMatching(/^avc1\.42/) as string,
      width: 1280,
      height: 720,
    });
    expect(viewer.units.some((u) => u.key)).toBe(true);
    expect(viewer.malformed).toBe(0);
    await expect.poll(() => services.feeds.statuses()[0]?.fps ?? 0, { timeout: 5000 }).toBeGreaterThan(20);
    expect(services.feeds.statuses()[0]).toMatchObject({
      state: 'live',
      codec: 'h264',
      transcoding: false,
      width: 1280,
      height: 720,
    });
  });

  it('recovers by itself when the camera dies and comes back, and ends its ffmpeg when closed', async () => {
    const cam = await camera();
    const services = studio();
    services.feeds.save(feed('a', cam.url), null);
    const viewer = await watch(services, 'a');
    await expect.poll(() => services.feeds.statuses()[0]?.state, { timeout: 10_000 }).toBe('live');

    await cam.kill();
    await expect
      .poll(() => services.feeds.statuses()[0]?.state, { timeout: 3000 })
      .toMatch(/stalled|reconnecting/);
    await expect.poll(() => services.feeds.statuses()[0]?.state, { timeout: 10_000 }).toBe('reconnecting');
    const before = viewer.units.length;
    await cam.start();
    await expect.poll(() => viewer.units.length, { timeout: 10_000 }).toBeGreaterThan(before + 10);
    expect(services.feeds.statuses()[0]?.state).toBe('live');
    // The decoder was told to wait for a key frame from the new process.
    expect(viewer.texts.some((t) => t.type === 'reset')).toBe(true);

    expect(ffmpegFor(String(cam.port)).length).toBe(1);
    await services.feeds.close();
    expect(ffmpegFor(String(cam.port))).toEqual([]);
  });

  it('leaves no ffmpeg behind when the studio process is killed', async () => {
    const cam = await camera();
    const dir = makeTempDir();
    cleanups.push(() => dir.remove());
    const host = spawn(process.execPath, ['--import', 'tsx', 'test/support/feedHost.ts', dir.path, cam.url], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    cleanups.push(() => void host.kill('SIGKILL'));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('feed host never went live')), 20_000);
      host.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('live')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(ffmpegFor(String(cam.port))).toHaveLength(1);
    host.kill('SIGKILL'); // a crash: no shutdown code runs
    // ffmpeg's next write hits the broken pipe and it exits.
    await expect.poll(() => ffmpegFor(String(cam.port)), { timeout: 3000 }).toEqual([]);
  });

  it('runs two cameras at once, one ffmpeg each', async () => {
    const [one, two] = await Promise.all([camera(), camera()]);
    const services = studio();
    services.feeds.save(feed('one', one.url), null);
    services.feeds.save(feed('two', two.url, { rtspTransport: 'udp' }), null);
    const [a, b] = await Promise.all([watch(services, 'one'), watch(services, 'two')]);
    await expect
      .poll(() => Math.min(a.units.length, b.units.length), { timeout: 10_000 })
      .toBeGreaterThan(30);
    expect(ffmpegFor(String(one.port))).toHaveLength(1);
    expect(ffmpegFor(String(two.port))).toHaveLength(1);
  });

  it('reports wrong credentials without retrying, and works with the right ones', async () => {
    const cam = await camera({ user: 'warehouse', password: 'right-one' });
    const services = studio();
    services.feeds.save(feed('a', cam.url, { username: 'warehouse' }), 'wrong-one');
    await watch(services, 'a');
    await expect.poll(() => services.feeds.statuses()[0]?.state, { timeout: 10_000 }).toBe('failed');
    expect(services.feeds.statuses()[0]?.error).toBe('FEED_AUTH_FAILED');

    services.feeds.save(feed('a', cam.url, { username: 'warehouse' }), 'right-one');
    await expect.poll(() => services.feeds.statuses()[0]?.state, { timeout: 10_000 }).toBe('live');
    // The password never sits in the stored feed or its listing.
    expect(JSON.stringify(services.feeds.list())).not.toContain('right-one');
    expect(services.feeds.list()[0]?.hasPassword).toBe(true);
  });

  it('re-encodes HEVC to H.264, and says so', async () => {
    const cam = await camera({ codec: 'h265' });
    const services = studio();
    services.feeds.save(feed('a', cam.url), null);
    const viewer = await watch(services, 'a');
    await expect.poll(() => viewer.units.length, { timeout: 15_000 }).toBeGreaterThan(10);
    expect(services.feeds.statuses()[0]).toMatchObject({ codec: 'hevc', transcoding: true });
    expect(viewer.texts.find((t) => t.type === 'config')?.codec).toMatch(/^avc1\./);
  });

  it('re-encodes an MJPEG camera to H.264', async () => {
    const cam = await camera({ codec: 'mjpeg' });
    const services = studio();
    services.feeds.save(feed('a', cam.url), null);
    const viewer = await watch(services, 'a');
    await expect.poll(() => viewer.units.length, { timeout: 15_000 }).toBeGreaterThan(10);
    expect(services.feeds.statuses()[0]).toMatchObject({ codec: 'mjpeg', transcoding: true });
  });

  it.each([
    [
      'SRT',
      (port: number) => `srt://127.0.0.1:${port}?mode=listener`,
      (port: number) => `srt://127.0.0.1:${port}?mode=caller`,
    ],
    [
      'MPEG-TS over HTTP',
      (port: number) => `http://127.0.0.1:${port}/live.ts`,
      (port: number) => `http://127.0.0.1:${port}/live.ts`,
    ],
  ])('reads a camera over %s', async (_label, serveAt, readAt) => {
    const port = await freePort();
    // ffmpeg as the camera: a live H.264 test picture in MPEG-TS, served on the protocol.
    const source = spawn(
      'ffmpeg',
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-re',
        '-f',
        'lavfi',
        '-i',
        'testsrc=size=640x360:rate=30',
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        '-tune',
        'zerolatency',
        '-g',
        '30',
        ...(serveAt(port).startsWith('http') ? ['-listen', '1'] : []),
        '-f',
        'mpegts',
        serveAt(port),
      ],
      { stdio: 'ignore' },
    );
    cleanups.push(() => void source.kill('SIGKILL'));
    if (serveAt(port).startsWith('http')) await waitForListener(port, 10_000);
    else await new Promise((r) => setTimeout(r, 500)); // SRT is UDP: nothing to probe without connecting
    const services = studio();
    services.feeds.save(feed('a', readAt(port)), null);
    const viewer = await watch(services, 'a');
    await expect.poll(() => viewer.units.length, { timeout: 15_000 }).toBeGreaterThan(10);
    expect(services.feeds.statuses()[0]).toMatchObject({
      codec: 'h264',
      transcoding: false,
      width: 640,
      height: 360,
    });
  });

  it('names the problem of a stream without video, and of a host where nothing listens', async () => {
    const audioOnly = await camera({ noVideo: true });
    const services = studio();
    services.feeds.save(feed('a', audioOnly.url), null);
    services.feeds.save(feed('b', 'rtsp://127.0.0.1:9/cam'), null);
    await watch(services, 'a');
    await watch(services, 'b');
    await expect
      .poll(() => services.feeds.statuses().find((s) => s.feedId === 'a')?.error, { timeout: 10_000 })
      .toBe('FEED_NO_VIDEO');
    expect(services.feeds.statuses().find((s) => s.feedId === 'a')?.state).toBe('failed');
    await expect
      .poll(() => services.feeds.statuses().find((s) => s.feedId === 'b')?.attempt, { timeout: 10_000 })
      .toBeGreaterThan(1);
    expect(services.feeds.statuses().find((s) => s.feedId === 'b')).toMatchObject({
      state: 'reconnecting',
      error: 'FEED_UNREACHABLE',
    });
  });

  it('refuses a viewer from a foreign origin or with a wrong token', async () => {
    const cam = await camera();
    const services = studio();
    services.feeds.save(feed('a', cam.url), null);
    const { url } = await services.feeds.open('a');
    const foreign = new FeedViewer(url, 'http://evil.example');
    const forged = new FeedViewer(url.replace(/token=[^&]+/, 'token=AAAA'), testOrigin);
    expect(await foreign.closed).not.toBe(1000);
    expect(await forged.closed).not.toBe(1000);
    expect(foreign.units).toEqual([]);
  });
});
