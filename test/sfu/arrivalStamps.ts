/**
 * When each RTP packet that crossed an impaired path reached the far end of it, as the path
 * modelled it: written by the path's relay (in its own thread), read by the SFU's congestion
 * feedback. A LiveKit server stamps a packet's arrival as its socket reads it, on cores of its
 * own; this SFU shares a saturated machine with the browsers, and a stall of its event loop
 * delivers a bunch of packets at once. Reported as such, those bunches read as a queue building
 * up and the publisher's estimate backs off from a congestion that is not on the path; the
 * modelled time is what a router at the end of that path would have seen.
 *
 * Shared memory, not messages: the stamp must be there when the packet is, and a message from
 * another thread may come after the packet it describes.
 */

/** Slots in the table; a packet is looked up within a second of its stamp, long before its slot is reused. */
const slots = 1 << 16;
/** Set in a slot's key once it holds a stamp. */
const filled = 0x1_0000;

export class ArrivalStamps {
  /** Per slot: the SSRC, then the sequence number with `filled`. */
  private readonly keys: Int32Array;
  /** Per slot: the arrival, in ms since the epoch (performance.timeOrigin + performance.now()). */
  private readonly times: Float64Array;

  constructor(readonly buffer = new SharedArrayBuffer(slots * 16)) {
    this.keys = new Int32Array(buffer, 0, slots * 2);
    this.times = new Float64Array(buffer, slots * 8, slots);
  }

  /** The packet `ssrc`/`sequenceNumber` reaches the far end at `atMs`. */
  record(ssrc: number, sequenceNumber: number, atMs: number): void {
    const slot = slotOf(ssrc, sequenceNumber);
    // The time first, the key last: a reader that sees the key sees the time that goes with it.
    Atomics.store(this.keys, slot * 2 + 1, 0);
    this.times[slot] = atMs;
    Atomics.store(this.keys, slot * 2, ssrc | 0);
    Atomics.store(this.keys, slot * 2 + 1, sequenceNumber | filled);
  }

  /** When that packet arrived, once; undefined when it was not stamped (or its slot was reused). */
  take(ssrc: number, sequenceNumber: number): number | undefined {
    const slot = slotOf(ssrc, sequenceNumber);
    if (Atomics.load(this.keys, slot * 2 + 1) !== (sequenceNumber | filled)) return undefined;
    if (Atomics.load(this.keys, slot * 2) !== (ssrc | 0)) return undefined;
    const at = this.times[slot];
    // Read again: the writer may have taken the slot for another packet meanwhile.
    if (
      Atomics.compareExchange(this.keys, slot * 2 + 1, sequenceNumber | filled, 0) !==
      (sequenceNumber | filled)
    )
      return undefined;
    return at;
  }
}

/** Streams' sequence numbers run in step; the SSRC's own bits spread them over the table. */
function slotOf(ssrc: number, sequenceNumber: number): number {
  return (sequenceNumber ^ (ssrc >>> 16) ^ (ssrc & 0xffff)) & (slots - 1);
}

/** The clock stamps are in, the same in every thread of the process. */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

/** The SSRC and sequence number of an SRTP packet (its header is sent in the clear), or undefined for anything else. */
export function rtpPacketId(packet: Uint8Array): { ssrc: number; sequenceNumber: number } | undefined {
  // RFC 7983: RTP and RTCP start with 128-191; STUN, DTLS and others do not.
  const first = packet[0] ?? 0;
  if (packet.length < 12 || first < 128 || first > 191) return undefined;
  // RFC 5761: RTCP packet types 192-223 sit where an RTP header has its marker bit and payload type.
  const type = packet[1] ?? 0;
  if (type >= 192 && type <= 223) return undefined;
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
  return { sequenceNumber: view.getUint16(2), ssrc: view.getUint32(8) };
}
