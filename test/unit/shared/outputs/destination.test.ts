import { describe, expect, it } from 'vitest';
import {
  destinationSaveRequestSchema,
  destinationSchema,
  destinationUrlProblem,
  newDestination,
} from '../../../../src/shared/outputs/destination';
import { platformPresets } from '../../../../src/shared/outputs/platformPresets';
import { variantKey } from '../../../../src/shared/outputs/outputStatus';

describe('destinations', () => {
  it('takes each platform only on the schemes it accepts', () => {
    expect(destinationUrlProblem('youtube', 'rtmp://a.rtmp.youtube.com/live2')).toBeUndefined();
    expect(destinationUrlProblem('youtube', 'rtmps://a.rtmps.youtube.com/live2')).toBeUndefined();
    expect(destinationUrlProblem('facebook', 'rtmp://live-api-s.facebook.com:80/rtmp')).toBe('scheme');
    expect(destinationUrlProblem('facebook', platformPresets.facebook.serverUrl)).toBeUndefined();
    expect(destinationUrlProblem('srt', 'rtmp://ingest.example.com/live')).toBe('scheme');
    expect(destinationUrlProblem('srt', 'srt://ingest.example.com:9000')).toBeUndefined();
    expect(destinationUrlProblem('customRtmp', 'https://example.com/live')).toBe('scheme');
    expect(destinationUrlProblem('customRtmp', 'not an address')).toBe('malformed');
    expect(destinationUrlProblem('tiktok', '')).toBe('malformed');
  });

  it('keeps secrets out of the address', () => {
    expect(destinationUrlProblem('customRtmp', 'rtmp://user:pw@ingest.example.com/live')).toBe('credentials');
    expect(destinationUrlProblem('srt', 'srt://ingest.example.com:9000?passphrase=secret1234')).toBe(
      'credentials',
    );
  });

  it('fills a new destination from its platform preset, and refuses it until it has an address', () => {
    const twitch = newDestination('d1', 'twitch', 'us-east', 'Twitch');
    expect(twitch).toMatchObject({ canvas: '1280x720', keyframeSeconds: 2, videoKbps: 3000, enabled: true });
    expect(destinationSchema.safeParse(twitch).success).toBe(true);
    const tiktok = newDestination('d2', 'tiktok', 'br', 'TikTok');
    expect(tiktok.canvas).toBe('720x1280');
    expect(destinationSchema.safeParse(tiktok).success).toBe(false);
    expect(
      destinationSchema.safeParse({ ...tiktok, serverUrl: 'rtmp://push.example.com/live' }).success,
    ).toBe(true);
  });

  it('takes an SRT passphrase of 10 to 79 characters, or none', () => {
    const destination = {
      ...newDestination('s', 'srt', 'us-east', 'SRT'),
      serverUrl: 'srt://127.0.0.1:9000',
    };
    const save = (srtPassphrase: string | null) =>
      destinationSaveRequestSchema.safeParse({ destination, streamKey: null, srtPassphrase }).success;
    expect(save(null)).toBe(true);
    expect(save('')).toBe(true);
    expect(save('short')).toBe(false);
    expect(save('ten chars!')).toBe(true);
    expect(save('x'.repeat(80))).toBe(false);
  });

  it('gives destinations that agree on canvas, market and quality one variant', () => {
    const spec = {
      route: 'computer',
      canvas: '1280x720',
      market: 'us-east',
      videoKbps: 3000,
      keyframeSeconds: 2,
      constantBitrate: true,
    } as const;
    expect(variantKey(spec)).toBe(variantKey({ ...spec }));
    expect(variantKey(spec)).not.toBe(variantKey({ ...spec, market: 'br' }));
    expect(variantKey(spec)).not.toBe(variantKey({ ...spec, constantBitrate: false }));
  });
});
