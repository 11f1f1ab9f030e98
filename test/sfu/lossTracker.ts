/**
 * Which packets of one incoming RTP stream (one SSRC) to ask the publisher for again,
 * as a LiveKit server's NACK queue does: a gap in the sequence numbers marks packets
 * missing, a late arrival (a retransmission, or reordering) clears them, and each
 * missing packet is asked for a few times, a round trip apart, then given up.
 *
 * werift's own NACK handler keeps one sequence space per receiver, and a simulcast
 * receiver carries three streams: it took every packet of another layer for a gap
 * of thousands and asked for them every 5 ms. This one is per stream.
 */
export interface LossTrackerOptions {
  /** Times one packet is asked for. */
  maxTries: number;
  /** A packet missing for longer is no use to the viewer any more. */
  maxAgeMs: number;
  /** A larger jump is a restarted stream, not a loss. */
  maxGap: number;
}

const defaults: LossTrackerOptions = { maxTries: 5, maxAgeMs: 1500, maxGap: 500 };

interface Missing {
  since: number;
  tries: number;
  nextAt: number;
}

export class LossTracker {
  private highest: number | undefined;
  private readonly missing = new Map<number, Missing>();
  /** Packets that arrived after being marked missing: repaired (or only late). */
  recovered = 0;
  /** Packets given up on (asked for too often, or too old): the picture needs a key frame. */
  givenUp = 0;
  /** When a gap was last seen: the stream is losing packets. */
  lastGapAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: LossTrackerOptions = defaults) {}

  /** A packet with this 16-bit sequence number arrived at `now`. */
  onPacket(sequenceNumber: number, now: number): void {
    if (this.highest === undefined) {
      this.highest = sequenceNumber;
      return;
    }
    const ahead = seqDelta(sequenceNumber, this.highest);
    if (ahead <= 0) {
      if (this.missing.delete(sequenceNumber)) this.recovered++;
      return;
    }
    if (ahead > 1) this.lastGapAt = now;
    if (ahead > this.options.maxGap) this.missing.clear();
    else
      for (let i = 1; i < ahead; i++)
        this.missing.set((this.highest + i) & 0xffff, { since: now, tries: 0, nextAt: now });
    this.highest = sequenceNumber;
  }

  /** The sequence numbers to ask for now, each counted as asked; `retryMs` apart (about a round trip). */
  due(now: number, retryMs: number): number[] {
    const ask: number[] = [];
    for (const [sequenceNumber, entry] of this.missing) {
      if (now - entry.since > this.options.maxAgeMs || entry.tries >= this.options.maxTries) {
        this.missing.delete(sequenceNumber);
        this.givenUp++;
      } else if (now >= entry.nextAt) {
        entry.tries++;
        entry.nextAt = now + retryMs;
        ask.push(sequenceNumber);
      }
    }
    return ask;
  }

  /** Whether a packet is older than the newest seen: a retransmission, or one late. */
  isBehind(sequenceNumber: number): boolean {
    return this.highest !== undefined && seqDelta(sequenceNumber, this.highest) < 0;
  }

  /** How many packets are missing now. */
  get pending(): number {
    return this.missing.size;
  }
}

/** a − b in 16-bit sequence space: positive when a is newer. */
export function seqDelta(a: number, b: number): number {
  return ((a - b + 0x8000) & 0xffff) - 0x8000;
}
