/**
 * Which packets of one incoming RTP stream (one SSRC) to ask the publisher for again,
 * as a LiveKit server's NACK queue does: a gap in the sequence numbers marks packets
 * missing, a late arrival (a retransmission, or reordering) clears them, and each
 * missing packet is asked for a few times, a round trip apart, then given up.
 *
 * werift's own NACK handler keeps one sequence space per receiver, and a simulcast
 * receiver carries three streams: it took every packet of another layer for a gap
 * of thousands and asked for them every 5 ms. This one is per stream.
 *
 * A gap is judged when the next packet carrying media arrives (frameMarks.ts says where it sits
 * in its frame): padding lost between two frames is never asked for, since Chromium keeps none
 * to resend; and a packet of a higher temporal layer that does not come back is let go without a
 * key frame, since the frames after it decode without it (Chromium resends those layers only
 * "conditionally", libwebrtc's kConditionallyRetransmitHigherLayers).
 *
 * A gap next to a lost frame start cannot be told from padding when it is judged; once the start
 * comes back, what lies between the previous frame's end and it was padding, and is let go
 * (Chromium pads at up to 2,000 packets a second here, and each packet asked for in vain cost a
 * key frame).
 */
export interface LossTrackerOptions {
  /** Times one packet is asked for. */
  maxTries: number;
  /** A packet missing for longer is no use to the viewer any more. */
  maxAgeMs: number;
  /** A larger jump is a restarted stream, not a loss. */
  maxGap: number;
}

/**
 * Chromium keeps a sent packet for resending for max(1 s, 3 × its round trip) (libwebrtc's
 * RtpPacketHistory, kMinPacketDuration): a packet asked for later is gone.
 */
const defaults: LossTrackerOptions = { maxTries: 5, maxAgeMs: 1000, maxGap: 500 };

/** Where a packet sits in its frame (frameMarks.ts), for codecs that number their pictures. */
export interface FrameMark {
  starts: boolean;
  ends: boolean;
  picture: number;
  pictureModulo: number;
  /** The frame's temporal layer, where the packet says (0 is the base the others build on). */
  temporalLayer?: number;
  /**
   * VP8's TL0PICIDX, where the packet says: the running index (8 bits) of base-layer frames, so
   * that a receiver can tell whether a base frame was lost among pictures it never saw.
   */
  baseIndex?: number;
}

interface Missing {
  since: number;
  tries: number;
  nextAt: number;
  /** Judged by the packet of media after it: until then it may be padding, and is not asked for. */
  judged: boolean;
  /** Only frames of higher temporal layers can have held it: the picture goes on without it. */
  droppable: boolean;
}

export class LossTracker {
  private highest: number | undefined;
  private readonly missing = new Map<number, Missing>();
  /** Packets that arrived after being marked missing: repaired (or only late). */
  recovered = 0;
  /** Packets given up on (asked for too often, or too old): the picture needs a key frame. */
  givenUp = 0;
  /** A packet was given up since the last `takeKeyFrameWanted`: the picture needs a key frame. */
  private keyFrameWanted = false;
  /** Packets of higher temporal layers given up on: the picture goes on without them. */
  droppedHigherLayer = 0;
  /** Lost packets shown to have been padding, so never asked for. */
  padding = 0;
  /** When a gap was last seen: the stream is losing packets. */
  lastGapAt = Number.NEGATIVE_INFINITY;
  /** When the newest packet arrived. */
  private lastArrivalAt = Number.NEGATIVE_INFINITY;
  /** The newest packet that carried media, and its place in its frame where the codec says. */
  private lastMedia: { sequenceNumber: number; mark: FrameMark | undefined } | undefined;
  /** The first and last padding packets that arrived since it. */
  private paddingSinceMedia: { first: number; last: number } | undefined;
  /** Recent packets of media with their place in their frame, by sequence number, repairs included. */
  private readonly recentMedia = new Map<number, FrameMark>();

  constructor(private readonly options: LossTrackerOptions = defaults) {}

  /**
   * A packet with this 16-bit sequence number arrived at `now`. `mark` is what it shows of its
   * frame: 'padding', a FrameMark, or nothing where the codec tells no frames apart (then every
   * gap is taken for lost media that needs a key frame if it does not come back).
   */
  onPacket(sequenceNumber: number, now: number, mark?: FrameMark | 'padding'): void {
    if (mark !== undefined && mark !== 'padding') this.remember(sequenceNumber, mark);
    if (this.highest === undefined) {
      this.highest = sequenceNumber;
      this.lastArrivalAt = now;
      if (mark !== 'padding') this.lastMedia = { sequenceNumber, mark };
      return;
    }
    const ahead = seqDelta(sequenceNumber, this.highest);
    if (ahead <= 0) {
      if (this.missing.delete(sequenceNumber)) this.recovered++;
      return;
    }
    if (ahead > 1) this.lastGapAt = now;
    const silentFor = now - this.lastArrivalAt;
    this.lastArrivalAt = now;
    if (ahead > this.options.maxGap || (ahead > 1 && silentFor > this.options.maxAgeMs)) {
      // A blackout, or a layer paused and resumed: what comes next may build on frames lost in
      // it, and the viewer would wait seconds before asking for a key frame itself. Its packets
      // are older than the publisher keeps, or than any viewer still waits for: asking for them
      // would only put the key frame off.
      this.missing.clear();
      this.giveUp();
    } else
      for (let i = 1; i < ahead; i++)
        this.missing.set((this.highest + i) & 0xffff, {
          since: now,
          tries: 0,
          nextAt: now,
          judged: false,
          droppable: false,
        });
    this.highest = sequenceNumber;
    if (mark !== 'padding') return this.judgeGaps(sequenceNumber, mark);
    this.paddingSinceMedia ??= { first: sequenceNumber, last: sequenceNumber };
    this.paddingSinceMedia.last = sequenceNumber;
  }

  /**
   * A packet of media arrived: judges what was lost since the last one. Chromium pads only
   * between frames, so with no picture missing in between (the picture ids run on), a lost
   * packet is padding if padding arrived on both sides of it, or if it lies between the end of
   * the last frame and padding, or between padding (or the last frame's end) and the start of
   * this one. Anything else held media: of the frame both belong to, or of the end of the one and
   * the start of the other, whose temporal layers say whether the picture can do without it.
   */
  private judgeGaps(sequenceNumber: number, mark: FrameMark | undefined): void {
    const last = this.lastMedia?.mark;
    const lastSeq = this.lastMedia?.sequenceNumber;
    const consecutive =
      last !== undefined &&
      mark !== undefined &&
      (last.picture === mark.picture || (last.picture + 1) % mark.pictureModulo === mark.picture);
    const nextPicture = consecutive && last.picture !== mark.picture;
    const padded = this.paddingSinceMedia;
    const isPadding = (seq: number): boolean => {
      if (!nextPicture || lastSeq === undefined) return false;
      const afterLastEnd = last.ends || (padded !== undefined && seqDelta(seq, padded.first) > 0);
      const beforeNextStart = mark.starts || (padded !== undefined && seqDelta(seq, padded.last) < 0);
      return seqDelta(seq, lastSeq) > 0 && afterLastEnd && beforeNextStart;
    };
    const droppable = consecutive && (last.temporalLayer ?? 0) > 0 && (mark.temporalLayer ?? 0) > 0;
    for (const [missingSeq, entry] of this.missing) {
      if (entry.judged || seqDelta(missingSeq, sequenceNumber) > 0) continue;
      if (isPadding(missingSeq)) {
        this.missing.delete(missingSeq);
        this.padding++;
      } else {
        entry.judged = true;
        entry.droppable = droppable;
      }
    }
    this.lastMedia = { sequenceNumber, mark };
    this.paddingSinceMedia = undefined;
  }

  /**
   * The sequence numbers to ask for now, each counted as asked; `retryMs` apart (about a round
   * trip). In the order `nackMessages` sends them.
   */
  due(now: number, retryMs: number): number[] {
    return this.nackMessages(now, retryMs).flat();
  }

  /**
   * What to ask for now, as NACK messages to send one by one. libwebrtc's RTPSender::OnReceivedNack
   * resends a NACK's packets in order and drops the rest of the list at the first one it refuses
   * (over its retransmission rate, which its bandwidth estimate caps). Packets asked for the first
   * time go first, in one message, newest first (a viewer waits for those soonest); each packet asked
   * for again goes in a message of its own, where a refusal costs no other packet. Measured through
   * 150 ms and 3% loss (bench:weaknet, profile a), packets given up a minute went from 4 and 9 to 0
   * and 6.
   */
  nackMessages(now: number, retryMs: number): number[][] {
    const firstAsks: number[] = [];
    const askedAgain: number[] = [];
    for (const [sequenceNumber, entry] of this.missing) {
      const tooOld = now - entry.since > this.options.maxAgeMs;
      if (this.paddingInHindsight(sequenceNumber)) {
        this.missing.delete(sequenceNumber);
        this.padding++;
      } else if (!entry.judged) {
        // No media has come since to tell (the stream paused): nothing to ask for, or to miss.
        if (tooOld) this.missing.delete(sequenceNumber);
      } else if (tooOld || entry.tries >= this.options.maxTries) {
        this.missing.delete(sequenceNumber);
        if (entry.droppable || this.onlyHigherLayersAround(sequenceNumber)) this.droppedHigherLayer++;
        else this.giveUp();
      } else if (now >= entry.nextAt) {
        (entry.tries === 0 ? firstAsks : askedAgain).push(sequenceNumber);
        entry.tries++;
        entry.nextAt = now + retryMs;
      }
    }
    const newestFirst = (list: number[]): number[] => list.sort((a, b) => seqDelta(b, a));
    const messages = newestFirst(askedAgain).map((sequenceNumber) => [sequenceNumber]);
    return firstAsks.length > 0 ? [newestFirst(firstAsks), ...messages] : messages;
  }

  /**
   * Whether a missing packet lies between the end of one picture and the start of the next, both
   * here by now: nothing but padding goes there.
   */
  private paddingInHindsight(sequenceNumber: number): boolean {
    const before = this.nearestMedia(sequenceNumber, -1);
    const after = before?.ends ? this.nearestMedia(sequenceNumber, 1) : undefined;
    return (
      before !== undefined &&
      after !== undefined &&
      after.starts &&
      (before.picture + 1) % before.pictureModulo === after.picture
    );
  }

  /**
   * Whether a packet given up on can only have held frames of higher temporal layers, judged in
   * hindsight from the media on either side: the frame of each neighbour it may belong to is of a
   * higher layer, and the base-layer index ran on between them, so no base frame was lost whole.
   * Chromium keeps higher layers' packets for resending only "conditionally" (libwebrtc's
   * kConditionallyRetransmitHigherLayers) and a lost one often never comes; the frames after it
   * decode without it, and a key frame asked for it only costs the viewers a burst of loss.
   */
  private onlyHigherLayersAround(sequenceNumber: number): boolean {
    const before = this.nearestMedia(sequenceNumber, -1);
    const after = this.nearestMedia(sequenceNumber, 1);
    if (before?.baseIndex === undefined || after?.baseIndex === undefined) return false;
    const higher = (mark: FrameMark): boolean => (mark.temporalLayer ?? 0) > 0;
    if (!before.ends && !higher(before)) return false;
    if (!after.starts && !higher(after)) return false;
    const baseIndexAfter = higher(after) ? before.baseIndex : (before.baseIndex + 1) & 0xff;
    return after.baseIndex === baseIndexAfter;
  }

  /** The closest packet of media that arrived on one side of a sequence number, within a gap's reach. */
  private nearestMedia(sequenceNumber: number, step: 1 | -1): FrameMark | undefined {
    for (let i = 1; i <= this.options.maxGap; i++) {
      const seq = (sequenceNumber + step * i) & 0xffff;
      const mark = this.recentMedia.get(seq);
      if (mark) return mark;
      if (step > 0 && this.highest !== undefined && seq === this.highest) return undefined;
    }
    return undefined;
  }

  private remember(sequenceNumber: number, mark: FrameMark): void {
    this.recentMedia.set(sequenceNumber, mark);
    // About two seconds of a 720p layer's media; the oldest first out.
    if (this.recentMedia.size > 1024) this.recentMedia.delete(this.recentMedia.keys().next().value ?? 0);
  }

  /** Whether a key frame is wanted since the last time this was asked (and no longer, once told). */
  takeKeyFrameWanted(): boolean {
    const wanted = this.keyFrameWanted;
    this.keyFrameWanted = false;
    return wanted;
  }

  private giveUp(): void {
    this.givenUp++;
    this.keyFrameWanted = true;
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
