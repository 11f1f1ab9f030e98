import { describe, expect, it } from 'vitest';
import { parseSps } from '../../../src/shared/feeds/h264';

const hex = (text: string): Uint8Array => Uint8Array.from(text.match(/../g) ?? [], (b) => parseInt(b, 16));

describe('parseSps', () => {
  it('reads profile, level and size from x264 baseline 1280x720 (with emulation prevention bytes)', () => {
    expect(parseSps(hex('6742c01fda014016ec05a808080a000003000200000300791e306540'))).toEqual({
      codec: 'avc1.42c01f',
      width: 1280,
      height: 720,
    });
  });

  it('applies the frame cropping of 1080p (1088 coded rows)', () => {
    // High profile, level 4.0, 1920x1080 (120x68 macroblocks, 8 rows cropped), from ffmpeg's libx264.
    expect(parseSps(hex('67640028acd940780227e5c044000003000400000300f03c60c658'))).toMatchObject({
      codec: 'avc1.640028',
      width: 1920,
      height: 1080,
    });
  });

  it('refuses what is not an SPS, or a damaged one', () => {
    expect(parseSps(hex('68ce3c80'))).toBeUndefined();
    expect(parseSps(hex('6742c0'))).toBeUndefined();
    expect(parseSps(hex('6742c01fff'))).toBeUndefined();
  });
});
