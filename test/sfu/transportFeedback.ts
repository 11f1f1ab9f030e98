/**
 * Transport-wide congestion control feedback (draft-holmer-rmcat-transport-wide-cc-
 * extensions-01), the receiver's half of the bandwidth estimate a LiveKit server gives
 * its publishers: for every packet of the publisher's transport, by its transport-wide
 * sequence number, whether it arrived and when. The publisher's browser turns that
 * into its send rate (delay- and loss-based), so the show ramps up to what the uplink
 * carries instead of holding at its starting rate.
 *
 * werift has a generator of its own, but it reports lost packets as received and its
 * times drift, and Chromium's estimate collapsed on it; this one follows the format as
 * libwebrtc writes it (2-bit status vectors, 250 µs deltas, a 64 ms reference time,
 * zero padding with the P bit).
 */
import { seqDelta } from './lossTracker';

const deltaTickUs = 250;
const referenceTickUs = 64_000;
/** Kept within one RTCP packet of comfortable size. */
const maxPacketsPerFeedback = 2000;

export class TransportFeedback {
  /** Arrival times in µs, by extended (unwrapped) transport sequence number. */
  private readonly arrivals = new Map<number, number>();
  private highest: number | undefined;
  /** The first sequence number not reported yet. */
  private next: number | undefined;
  private feedbackCount = 0;

  /** A packet carrying this 16-bit transport-wide sequence number arrived at `arrivalUs`. */
  onPacket(sequenceNumber: number, arrivalUs: number): void {
    if (this.highest === undefined || this.next === undefined) {
      this.highest = sequenceNumber;
      this.next = sequenceNumber;
    }
    const extended = this.highest + seqDelta(sequenceNumber, this.highest & 0xffff);
    if (extended > this.highest) this.highest = extended;
    // Older than what was reported already: too late to count.
    if (extended >= this.next && !this.arrivals.has(extended)) this.arrivals.set(extended, arrivalUs);
  }

  /** One RTCP transport feedback packet for what arrived since the last, or undefined when nothing did. */
  take(senderSsrc: number, mediaSsrc: number): Buffer | undefined {
    const { next, highest } = this;
    if (next === undefined || highest === undefined || next > highest) return undefined;
    const last = Math.min(highest, next + maxPacketsPerFeedback - 1);
    const first = [...this.arrivals.entries()]
      .filter(([seq]) => seq >= next && seq <= last)
      .sort((a, b) => a[0] - b[0])[0];
    if (!first) return undefined;
    const referenceTicks = Math.floor(first[1] / referenceTickUs);
    let clock = referenceTicks * referenceTickUs;
    const statuses: number[] = [];
    const deltas: Buffer[] = [];
    for (let seq = next; seq <= last; seq++) {
      const arrival = this.arrivals.get(seq);
      if (arrival === undefined) {
        statuses.push(0);
        continue;
      }
      const ticks = Math.max(-0x8000, Math.min(0x7fff, Math.round((arrival - clock) / deltaTickUs)));
      clock += ticks * deltaTickUs;
      if (ticks >= 0 && ticks <= 0xff) {
        statuses.push(1);
        deltas.push(Buffer.from([ticks]));
      } else {
        statuses.push(2);
        const wide = Buffer.alloc(2);
        wide.writeInt16BE(ticks);
        deltas.push(wide);
      }
    }
    for (const seq of this.arrivals.keys()) if (seq <= last) this.arrivals.delete(seq);
    this.next = last + 1;
    return serialize({
      senderSsrc,
      mediaSsrc,
      baseSequence: next & 0xffff,
      statuses,
      referenceTicks: referenceTicks & 0xffffff,
      count: this.feedbackCount++ & 0xff,
      deltas,
    });
  }
}

function serialize(feedback: {
  senderSsrc: number;
  mediaSsrc: number;
  baseSequence: number;
  statuses: number[];
  referenceTicks: number;
  count: number;
  deltas: Buffer[];
}): Buffer {
  // Status vector chunks of seven 2-bit symbols: T=1, S=1 (0xc000), symbols from the top.
  const chunks: Buffer[] = [];
  for (let i = 0; i < feedback.statuses.length; i += 7) {
    let chunk = 0xc000;
    for (let j = 0; j < 7; j++) chunk |= (feedback.statuses[i + j] ?? 0) << (12 - 2 * j);
    const bytes = Buffer.alloc(2);
    bytes.writeUInt16BE(chunk);
    chunks.push(bytes);
  }
  const body = Buffer.concat([Buffer.alloc(16), ...chunks, ...feedback.deltas]);
  body.writeUInt32BE(feedback.senderSsrc >>> 0, 0);
  body.writeUInt32BE(feedback.mediaSsrc >>> 0, 4);
  body.writeUInt16BE(feedback.baseSequence, 8);
  body.writeUInt16BE(feedback.statuses.length, 10);
  body.writeUIntBE(feedback.referenceTicks, 12, 3);
  body.writeUInt8(feedback.count, 15);
  const padding = (4 - ((4 + body.length) % 4)) % 4;
  const header = Buffer.alloc(4);
  header.writeUInt8(0x80 | (padding > 0 ? 0x20 : 0) | 15, 0); // V=2, P, FMT=15
  header.writeUInt8(205, 1); // transport layer feedback
  header.writeUInt16BE((4 + body.length + padding) / 4 - 1, 2);
  const pad = Buffer.alloc(padding);
  if (padding > 0) pad.writeUInt8(padding, padding - 1);
  return Buffer.concat([header, body, pad]);
}
