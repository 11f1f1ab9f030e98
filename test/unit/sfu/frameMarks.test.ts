import { RtpHeader, RtpPacket } from 'werift';
import { describe, expect, it } from 'vitest';
import { frameMark } from '../../sfu/frameMarks';

/** A VP8 packet with a payload descriptor as Chromium writes it for simulcast (X, I with M, L, T). */
function vp8Packet(o: { start: boolean; marker: boolean; pictureId: number; tid: number }): RtpPacket {
  const descriptor = Buffer.from([
    0x80 | (o.start ? 0x10 : 0), // X, S, PID 0
    0xe0, // I, L, T
    0x80 | (o.pictureId >> 8),
    o.pictureId & 0xff,
    0x05, // TL0PICIDX
    (o.tid << 6) | 0x20, // TID, Y
  ]);
  return new RtpPacket(new RtpHeader({ marker: o.marker }), Buffer.concat([descriptor, Buffer.alloc(20, 1)]));
}

describe('frame marks of a publisher’s RTP', () => {
  it('read a VP8 packet’s place in its frame, its picture and its temporal layer', () => {
    expect(frameMark('video/VP8', vp8Packet({ start: true, marker: false, pictureId: 300, tid: 2 }))).toEqual(
      {
        starts: true,
        ends: false,
        picture: 300,
        pictureModulo: 0x8000,
        temporalLayer: 2,
        baseIndex: 5,
      },
    );
    expect(
      frameMark('video/VP8', vp8Packet({ start: false, marker: true, pictureId: 301, tid: 0 })),
    ).toMatchObject({
      starts: false,
      ends: true,
      temporalLayer: 0,
    });
  });

  it('take a packet without payload for padding, and say nothing of codecs without picture ids', () => {
    expect(frameMark('video/VP8', new RtpPacket(new RtpHeader({ padding: true }), Buffer.alloc(0)))).toBe(
      'padding',
    );
    expect(
      frameMark('video/H264', new RtpPacket(new RtpHeader(), Buffer.from([0x65, 1, 2]))),
    ).toBeUndefined();
  });
});
