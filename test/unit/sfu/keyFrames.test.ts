import { describe, expect, it } from 'vitest';
import { startsKeyFrame } from '../../sfu/keyFrames';

const bytes = (...b: number[]): Buffer => Buffer.from(b);

describe('where a key frame starts', () => {
  it('VP8: the first packet of a frame whose header says key frame (P bit clear)', () => {
    // Payload descriptor: S=1, partition 0; then the frame tag (bit 0 = P).
    expect(startsKeyFrame('video/VP8', bytes(0x10, 0x50, 0x2a, 0x01, 0x9d, 0x01, 0x2a))).toBe(true);
    expect(startsKeyFrame('video/VP8', bytes(0x10, 0x51, 0x2a, 0x01))).toBe(false);
    // A later packet of the same key frame (S=0) is not where it starts.
    expect(startsKeyFrame('video/VP8', bytes(0x00, 0x50, 0x2a, 0x01))).toBe(false);
  });

  it('H.264: the parameter sets that precede an IDR picture, alone or aggregated', () => {
    const sps = [0x67, 0x42, 0xc0, 0x1f, 0xda];
    const pps = [0x68, 0xce, 0x3c, 0x80];
    expect(startsKeyFrame('video/H264', bytes(...sps))).toBe(true);
    expect(
      startsKeyFrame('video/h264', bytes(0x78, 0x00, sps.length, ...sps, 0x00, pps.length, ...pps)),
    ).toBe(true);
    // The IDR slice itself (here the first fragment) comes after the decoder needs the sets.
    expect(startsKeyFrame('video/H264', bytes(0x7c, 0x85, 0x88, 0x84))).toBe(false);
    expect(startsKeyFrame('video/H264', bytes(0x41, 0x9a, 0x02))).toBe(false);
  });

  it('starts nothing for audio, unknown codecs or an unreadable payload', () => {
    expect(startsKeyFrame('audio/opus', bytes(0x78, 0x01))).toBe(false);
    expect(startsKeyFrame(undefined, bytes(0x67, 0x42))).toBe(false);
    expect(startsKeyFrame('video/VP8', bytes())).toBe(false);
  });
});
