import { describe, expect, it } from 'vitest';
import { decodePacket, encodePacket } from '../../../../src/shared/outputs/outputWire';

describe('the encoder-to-main packet wire', () => {
  it('carries a packet with its track, key flag and timing', () => {
    const data = new Uint8Array([0, 0, 0, 1, 0x65, 0x88]);
    const message = encodePacket({
      track: 'video',
      key: true,
      timestampUs: 1_234_567.5,
      durationUs: 33_333,
      data,
    });
    expect(decodePacket(message)).toEqual({
      track: 'video',
      key: true,
      timestampUs: 1_234_567.5,
      durationUs: 33_333,
      data,
    });
    const audio = decodePacket(
      encodePacket({ track: 'audio', key: false, timestampUs: 0, durationUs: 20_000, data }),
    );
    expect(audio).toMatchObject({ track: 'audio', key: false });
  });

  it('refuses what is not a packet', () => {
    expect(decodePacket(new Uint8Array(10))).toBeUndefined();
    const bad = encodePacket({
      track: 'video',
      key: false,
      timestampUs: 0,
      durationUs: 0,
      data: new Uint8Array([1]),
    });
    bad[0] = 7;
    expect(decodePacket(bad)).toBeUndefined();
    const negative = encodePacket({
      track: 'audio',
      key: false,
      timestampUs: 0,
      durationUs: -1,
      data: new Uint8Array([1]),
    });
    expect(decodePacket(negative)).toBeUndefined();
  });
});
