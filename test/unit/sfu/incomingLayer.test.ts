import { RtpHeader, RtpPacket, type MediaStreamTrack } from 'werift';
import { describe, expect, it } from 'vitest';
import { IncomingLayer } from '../../sfu/incomingLayer';

const vp8 = 'video/vp8';

/** A VP8 packet starting a frame (X set, a 15-bit picture id), or padding when `payload` is empty. */
function packet(sequenceNumber: number, picture: number | 'padding'): RtpPacket {
  const header = new RtpHeader({ sequenceNumber, ssrc: 1234, payloadType: 96, marker: true });
  if (picture === 'padding') return new RtpPacket(header, Buffer.alloc(0));
  const descriptor = Buffer.from([0x90, 0x80, 0x80 | (picture >> 8), picture & 0xff, 0x10]);
  return new RtpPacket(header, Buffer.concat([descriptor, Buffer.alloc(1000)]));
}

describe('one layer a publisher sends the test SFU', () => {
  it('counts only media as sending: padding on a layer that stopped encoding keeps it quiet', () => {
    const layer = new IncomingLayer({ kind: 'video', rid: 'h' } as MediaStreamTrack, undefined);
    expect(layer.onPacket(packet(1, 1), 1_000, vp8)).toBe(true);
    expect(layer.onPacket(packet(2, 2), 1_033, vp8)).toBe(false);
    expect(layer.lastMediaAt).toBe(1_033);
    for (let i = 0; i < 40; i++)
      expect(layer.onPacket(packet(3 + i, 'padding'), 1_050 + i * 50, vp8)).toBe(false);
    expect(layer.lastMediaAt).toBe(1_033);
    expect(layer.onPacket(packet(50, 3), 4_000, vp8)).toBe(true);
    expect(layer.lastMediaAt).toBe(4_000);
    expect(layer.activeSince).toBe(4_000);
    layer.stop();
  });

  it('measures its bitrate from media alone', () => {
    const layer = new IncomingLayer({ kind: 'video', rid: 'h' } as MediaStreamTrack, undefined);
    let seq = 0;
    for (let at = 0; at <= 2_000; at += 100) {
      layer.onPacket(packet(seq++, seq), at, vp8);
      for (let i = 0; i < 5; i++) layer.onPacket(packet(seq++, 'padding'), at + 1, vp8);
    }
    // Ten packets a second of 1,005 bytes of payload and a 12-byte header.
    expect(layer.bitrateBps).toBeGreaterThan(70_000);
    expect(layer.bitrateBps).toBeLessThan(90_000);
    layer.stop();
  });
});
