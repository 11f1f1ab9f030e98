import { describe, expect, it } from 'vitest';
import { TransportWideCC } from 'werift';
import { TransportFeedback } from '../../sfu/transportFeedback';

/** Reads a feedback packet back: statuses and arrival times, as libwebrtc's parser does. */
function parse(packet: Buffer | undefined) {
  if (!packet) throw new Error('no feedback');
  expect(packet.length % 4).toBe(0);
  expect(packet.readUInt8(1)).toBe(205);
  expect(packet.readUInt8(0) & 0x1f).toBe(15);
  expect((packet.readUInt16BE(2) + 1) * 4).toBe(packet.length);
  const hasPadding = (packet.readUInt8(0) & 0x20) !== 0;
  const end = hasPadding ? packet.length - packet.readUInt8(packet.length - 1) : packet.length;
  const base = packet.readUInt16BE(12);
  const count = packet.readUInt16BE(14);
  let clock = packet.readUIntBE(16, 3) * 64_000;
  const statuses: number[] = [];
  let index = 20;
  while (statuses.length < count) {
    const chunk = packet.readUInt16BE(index);
    index += 2;
    expect(chunk & 0xc000).toBe(0xc000);
    for (let j = 0; j < 7 && statuses.length < count; j++) statuses.push((chunk >> (12 - 2 * j)) & 3);
  }
  const arrivals: Record<number, number> = {};
  statuses.forEach((status, i) => {
    if (status === 0) return;
    const delta = status === 1 ? packet.readUInt8(index) : packet.readInt16BE(index);
    index += status;
    clock += delta * 250;
    arrivals[(base + i) & 0xffff] = clock;
  });
  expect(index).toBeLessThanOrEqual(end);
  return { base, statuses, arrivals, fbCount: packet.readUInt8(19) };
}

describe('the test SFU’s transport-wide congestion feedback', () => {
  it('reports each packet as received or lost, with its arrival to 250 µs', () => {
    const feedback = new TransportFeedback();
    feedback.onPacket(100, 1_000_000);
    feedback.onPacket(101, 1_001_000);
    feedback.onPacket(103, 1_010_250);
    const parsed = parse(feedback.take(1, 2));
    expect(parsed.base).toBe(100);
    expect(parsed.statuses).toEqual([1, 1, 0, 1]);
    expect(parsed.arrivals).toEqual({ 100: 1_000_000, 101: 1_001_000, 103: 1_010_250 });
  });

  it('uses two-byte deltas for gaps past 64 ms and for reordered packets', () => {
    const feedback = new TransportFeedback();
    feedback.onPacket(7, 5_000_000);
    feedback.onPacket(9, 5_200_000);
    feedback.onPacket(8, 5_201_000);
    const parsed = parse(feedback.take(1, 2));
    expect(parsed.statuses).toEqual([1, 2, 2]);
    expect(parsed.arrivals).toEqual({ 7: 5_000_000, 8: 5_201_000, 9: 5_200_000 });
  });

  it('goes on where the last feedback ended, across the sequence wrap, counting feedbacks', () => {
    const feedback = new TransportFeedback();
    feedback.onPacket(65534, 0);
    expect(parse(feedback.take(1, 2)).fbCount).toBe(0);
    expect(feedback.take(1, 2)).toBeUndefined();
    feedback.onPacket(65535, 1000);
    feedback.onPacket(1, 3000);
    const parsed = parse(feedback.take(1, 2));
    expect(parsed).toMatchObject({ base: 65535, statuses: [1, 0, 1], fbCount: 1 });
    // A straggler older than what was reported is not reported again.
    feedback.onPacket(0, 4000);
    expect(feedback.take(1, 2)).toBeUndefined();
  });

  it('is read the same by werift’s own parser', () => {
    const feedback = new TransportFeedback();
    for (let i = 0; i < 30; i++) if (i % 5 !== 3) feedback.onPacket(500 + i, 2_000_000 + i * 3000);
    const packet = feedback.take(0x1234, 0x5678);
    if (!packet) throw new Error('no feedback');
    const read = TransportWideCC.deSerialize(packet.subarray(4), {
      version: 2,
      padding: (packet.readUInt8(0) & 0x20) !== 0,
      count: 15,
      type: 205,
      length: packet.readUInt16BE(2),
    } as never);
    expect(read.baseSequenceNumber).toBe(500);
    expect(read.packetStatusCount).toBe(30);
    expect(read.mediaSourceSsrc).toBe(0x5678);
  });
});
