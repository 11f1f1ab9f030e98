import { afterEach, describe, expect, it } from 'vitest';
import { startRtmpIngest } from '../../support/ingest/nginxRtmp';
import { keyFrameTimes, probeStreams } from '../../support/ingest/probeStream';
import { freePort } from '../../support/freePort';
import { ffmpegFor, outputStudio, saveDestination, statusOf, until, type Cleanup } from './outputHarness';

const cleanups: Cleanup[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function ingest(keys: string[]) {
  const server = await startRtmpIngest(keys);
  cleanups.push(() => server.dispose());
  return server;
}

describe('RTMP destinations against nginx-rtmp', () => {
  it('publishes H.264 and AAC with the stream key, with 2 s key frames, and stops without a stray ffmpeg', async () => {
    const rtmp = await ingest(['good-key']);
    const { services } = await outputStudio(cleanups);
    saveDestination(services, 'yt', 'customRtmp', rtmp.serverUrl, 'good-key');
    await services.outputs.start(['yt']);
    const live = await until(services, 'yt', (s) => s.state === 'live');
    expect(live.error).toBeNull();

    const streams = await probeStreams(`${rtmp.serverUrl}/good-key`);
    expect(streams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ codec_type: 'video', codec_name: 'h264', width: 1280, height: 720 }),
        expect.objectContaining({ codec_type: 'audio', codec_name: 'aac', sample_rate: '48000' }),
      ]),
    );
    const keys = await keyFrameTimes(`${rtmp.serverUrl}/good-key`, 7);
    const gaps = keys.slice(1).map((t, i) => t - (keys[i] ?? t));
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    for (const gap of gaps) expect(gap).toBeCloseTo(2, 1);
    const health = await until(services, 'yt', (s) => s.kbps > 0 && s.fps > 0);
    expect(health.kbps).toBeGreaterThan(500);

    await services.outputs.stop(['yt']);
    expect(statusOf(services, 'yt')?.state).toBe('off');
    expect(ffmpegFor(`127.0.0.1:${rtmp.port}`)).toEqual([]);
    expect(rtmp.publishes).toEqual([{ key: 'good-key', accepted: true }]);
  });

  it('a refused stream key fails in words, without retrying', async () => {
    const rtmp = await ingest(['good-key']);
    const { services } = await outputStudio(cleanups);
    saveDestination(services, 'tw', 'customRtmp', rtmp.serverUrl, 'wrong-key');
    await services.outputs.start(['tw']);
    const failed = await until(services, 'tw', (s) => s.state === 'failed');
    expect(failed.error).toBe('OUTPUT_KEY_REFUSED');
    await new Promise((r) => setTimeout(r, 1500));
    expect(rtmp.publishes).toEqual([{ key: 'wrong-key', accepted: false }]);
    expect(services.outputs.state().variants).toEqual([]);
  });

  it('an unreachable ingest keeps retrying; RTMPS to a plain server is a TLS failure; no key is refused before connecting', async () => {
    const { services } = await outputStudio(cleanups);
    const closedPort = await freePort();
    saveDestination(services, 'down', 'customRtmp', `rtmp://127.0.0.1:${closedPort}/live`, 'k');
    const rtmp = await ingest(['k']);
    saveDestination(services, 'tls', 'customRtmp', `rtmps://127.0.0.1:${rtmp.port}/live`, 'k');
    saveDestination(services, 'nokey', 'customRtmp', rtmp.serverUrl, null);
    await services.outputs.start(['down', 'tls', 'nokey']);
    expect(statusOf(services, 'nokey')).toMatchObject({ state: 'failed', error: 'OUTPUT_NO_KEY' });
    const tls = await until(services, 'tls', (s) => s.state === 'failed');
    expect(tls.error).toBe('OUTPUT_TLS_FAILED');
    const down = await until(
      services,
      'down',
      (s) => s.state === 'reconnecting' && s.error === 'OUTPUT_UNREACHABLE',
    );
    expect(down.reconnects).toBe(0);
    expect(rtmp.publishes).toEqual([]);
  });

  it('when the ingest crashes mid-show that destination alone reconnects, once, and flows again', async () => {
    const flaky = await ingest(['a']);
    const steady = await ingest(['b']);
    const { services } = await outputStudio(cleanups);
    saveDestination(services, 'flaky', 'customRtmp', flaky.serverUrl, 'a');
    saveDestination(services, 'steady', 'customRtmp', steady.serverUrl, 'b', {
      canvas: '720x1280',
      market: 'br',
    });
    await services.outputs.start(['flaky', 'steady']);
    await until(services, 'flaky', (s) => s.state === 'live');
    const steadyLive = await until(services, 'steady', (s) => s.state === 'live');

    await flaky.kill();
    await until(services, 'flaky', (s) => s.state === 'reconnecting');
    await new Promise((r) => setTimeout(r, 1500));
    await flaky.start();
    const back = await until(services, 'flaky', (s) => s.state === 'live');
    expect(back.reconnects).toBe(1);
    expect(ffmpegFor(`127.0.0.1:${flaky.port}`)).toHaveLength(1);
    // The other destination never noticed.
    expect(statusOf(services, 'steady')).toMatchObject({
      state: 'live',
      liveSince: steadyLive.liveSince,
      reconnects: 0,
    });
    const streams = await probeStreams(`${flaky.serverUrl}/a`);
    expect(streams.map((s) => s.codec_name).sort()).toEqual(['aac', 'h264']);
    expect(flaky.publishes.filter((p) => p.accepted)).toHaveLength(2);
  });

  it('a five-second test reports that the ingest took the stream, then stops', async () => {
    const rtmp = await ingest(['k']);
    const { services } = await outputStudio(cleanups);
    saveDestination(services, 'fb', 'customRtmp', rtmp.serverUrl, 'k');
    const report = await services.outputs.test('fb');
    expect(report).toMatchObject({ destinationId: 'fb', reached: true, error: null });
    expect(report.firstMediaMs).toBeGreaterThan(0);
    expect(report.kbps).toBeGreaterThan(0);
    expect(statusOf(services, 'fb')?.state).toBe('off');
    expect(ffmpegFor(`127.0.0.1:${rtmp.port}`)).toEqual([]);
  });
});
