import { afterEach, describe, expect, it } from 'vitest';
import { startSrtListener } from '../../support/ingest/srtListener';
import { probeStreams } from '../../support/ingest/probeStream';
import { freePort } from '../../support/freePort';
import { outputStudio, saveDestination, until, type Cleanup } from './outputHarness';

const cleanups: Cleanup[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('SRT destinations against an SRT listener', () => {
  it('calls the listener with the passphrase and sends MPEG-TS with H.264 and AAC', async () => {
    const listener = await startSrtListener(await freePort(), 'factory-floor-42');
    cleanups.push(() => listener.dispose());
    const { services } = await outputStudio(cleanups);
    saveDestination(
      services,
      'srt',
      'srt',
      listener.serverUrl,
      null,
      { srtLatencyMs: 200 },
      'factory-floor-42',
    );
    await services.outputs.start(['srt']);
    await until(services, 'srt', (s) => s.state === 'live' && s.kbps > 0);
    await new Promise((r) => setTimeout(r, 3000));
    await services.outputs.stop(['srt']);
    await listener.finished;
    const streams = await probeStreams(listener.file);
    expect(streams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ codec_type: 'video', codec_name: 'h264', width: 1280, height: 720 }),
        expect.objectContaining({ codec_type: 'audio', codec_name: 'aac' }),
      ]),
    );
  });

  it('a wrong passphrase is refused in words, without retrying', async () => {
    const listener = await startSrtListener(await freePort(), 'the-right-passphrase');
    cleanups.push(() => listener.dispose());
    const { services } = await outputStudio(cleanups);
    saveDestination(services, 'srt', 'srt', listener.serverUrl, null, {}, 'the-wrong-passphrase');
    await services.outputs.start(['srt']);
    const failed = await until(services, 'srt', (s) => s.state === 'failed');
    expect(failed.error).toBe('OUTPUT_KEY_REFUSED');
  });
});
