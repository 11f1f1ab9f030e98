import { describe, expect, it } from 'vitest';
import { newDestination } from '../../../../src/shared/outputs/destination';
import { loggableUrl, outputArgs, publishUrl } from '../../../../src/main/services/outputs/outputArgs';

const rtmp = {
  ...newDestination('d', 'twitch', 'us-east', 'Twitch'),
  serverUrl: 'rtmp://live.twitch.tv/app/',
};
const srt = {
  ...newDestination('s', 'srt', 'br', 'Relay'),
  serverUrl: 'srt://relay.example.com:9000',
  srtLatencyMs: 250,
};

describe('a destination as ffmpeg arguments', () => {
  it('appends the stream key to the RTMP server address', () => {
    expect(publishUrl({ destination: rtmp, streamKey: 'live_123', srtPassphrase: undefined })).toBe(
      'rtmp://live.twitch.tv/app/live_123',
    );
  });

  it('calls an SRT listener with its latency in microseconds, the passphrase and the stream id', () => {
    const url = new URL(
      publishUrl({ destination: srt, streamKey: 'show-1', srtPassphrase: 'factory-floor-42' }),
    );
    expect(url.searchParams.get('mode')).toBe('caller');
    expect(url.searchParams.get('latency')).toBe('250000');
    expect(url.searchParams.get('passphrase')).toBe('factory-floor-42');
    expect(url.searchParams.get('streamid')).toBe('show-1');
  });

  it('never logs a key or a passphrase', () => {
    expect(loggableUrl({ destination: rtmp, streamKey: 'live_123', srtPassphrase: undefined })).not.toContain(
      'live_123',
    );
    expect(
      loggableUrl({ destination: srt, streamKey: undefined, srtPassphrase: 'factory-floor-42' }),
    ).not.toContain('factory-floor');
  });

  it('copies the video, makes the audio AAC, and muxes FLV for RTMP and MPEG-TS for SRT', () => {
    const flv = outputArgs({ destination: rtmp, streamKey: 'k', srtPassphrase: undefined });
    expect(flv.join(' ')).toContain('-f matroska -i pipe:0');
    expect(flv.join(' ')).toContain('-c:v copy -c:a aac -b:a 128k -ar 48000');
    expect(flv.join(' ')).toContain('-f flv');
    expect(flv.at(-1)).toBe('rtmp://live.twitch.tv/app/k');
    const ts = outputArgs({ destination: srt, streamKey: undefined, srtPassphrase: undefined });
    expect(ts.join(' ')).toContain('-f mpegts');
    expect(ts.at(-1)).toMatch(/^srt:\/\/relay\.example\.com:9000\?/);
  });
});
