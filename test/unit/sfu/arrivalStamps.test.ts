import { describe, expect, it } from 'vitest';
import { ArrivalStamps, rtpPacketId } from '../../sfu/arrivalStamps';

/** An SRTP packet's clear header: V=2, the payload type, sequence number, timestamp and SSRC. */
function rtpHeader(payloadType: number, sequenceNumber: number, ssrc: number): Buffer {
  const packet = Buffer.alloc(40);
  packet.writeUInt8(0x80, 0);
  packet.writeUInt8(payloadType, 1);
  packet.writeUInt16BE(sequenceNumber, 2);
  packet.writeUInt32BE(123456, 4);
  packet.writeUInt32BE(ssrc, 8);
  return packet;
}

describe('where each packet reached the end of its path', () => {
  it('gives each packet its own stamp, once', () => {
    const stamps = new ArrivalStamps();
    stamps.record(0xdeadbeef, 100, 1_000.25);
    stamps.record(0xdeadbeef, 101, 1_001.5);
    stamps.record(0x1234, 100, 1_002);
    expect(stamps.take(0xdeadbeef, 101)).toBe(1_001.5);
    expect(stamps.take(0xdeadbeef, 100)).toBe(1_000.25);
    expect(stamps.take(0x1234, 100)).toBe(1_002);
    expect(stamps.take(0xdeadbeef, 100)).toBeUndefined();
  });

  it('knows nothing of a packet it was not told of, nor of one whose slot another took since', () => {
    const stamps = new ArrivalStamps();
    expect(stamps.take(7, 1)).toBeUndefined();
    stamps.record(7, 1, 10);
    // Another stream's packet that falls in the same slot.
    stamps.record(0x10000, 7, 20);
    expect(stamps.take(7, 1)).toBeUndefined();
  });

  it('is read from another thread through the same memory', () => {
    const writer = new ArrivalStamps();
    writer.record(42, 9, 5_000);
    expect(new ArrivalStamps(writer.buffer).take(42, 9)).toBe(5_000);
  });

  it('reads RTP packets’ ids from their clear header, and nothing from RTCP, STUN or DTLS', () => {
    expect(rtpPacketId(rtpHeader(96, 513, 0xfeedf00d))).toEqual({ sequenceNumber: 513, ssrc: 0xfeedf00d });
    expect(rtpPacketId(rtpHeader(0x80 | 96, 7, 1))).toEqual({ sequenceNumber: 7, ssrc: 1 });
    // RTCP receiver report (201) and transport feedback (205).
    expect(rtpPacketId(rtpHeader(201, 0, 1))).toBeUndefined();
    expect(rtpPacketId(rtpHeader(205, 0, 1))).toBeUndefined();
    // A STUN binding request starts with 0x00 0x01; a DTLS record with 20-63.
    expect(rtpPacketId(Buffer.from([0x00, 0x01, 0, 8, 0x21, 0x12, 0xa4, 0x42, 0, 0, 0, 0]))).toBeUndefined();
    expect(rtpPacketId(Buffer.concat([Buffer.from([22, 0xfe, 0xfd]), Buffer.alloc(20)]))).toBeUndefined();
    expect(rtpPacketId(Buffer.from([0x80, 96, 0, 1]))).toBeUndefined();
  });
});
