/**
 * One stream a publisher sends the test SFU: a simulcast layer (by rid) or a
 * plain track. It keeps what forwarding and repair need of it: when it last sent,
 * its SSRC, its bitrate, its losses, and key-frame requests to it.
 */
import type { MediaStreamTrack, RTCRtpReceiver, RtpPacket } from 'werift';
import { frameMark } from './frameMarks';
import { KeyFrameThrottle } from './keyFrameThrottle';
import { LossTracker } from './lossTracker';

const bitrateWindowMs = 1000;
/** A layer that has sent no media for this long has paused: it is not forwarded until it sends again. */
export const pauseMs = 1000;

/**
 * Upstream repair of one layer: packets asked for again (each try), got back, given up (each
 * costing a key frame), let go in higher temporal layers, and lost padding never asked for.
 */
export interface RepairCounts {
  asked: number;
  recovered: number;
  givenUp: number;
  droppedHigherLayer: number;
  padding: number;
}

export class IncomingLayer {
  /**
   * When a packet of media last came. Padding does not count: Chromium without RTX goes on padding
   * its bandwidth probes on a layer's SSRC after it stopped encoding that layer, and a subscriber
   * kept on such a layer would wait for a key frame that never comes.
   */
  lastMediaAt = 0;
  /** Since when it has sent media without a pause of a second: a layer that comes and goes is not one to move up to. */
  activeSince = 0;
  ssrc: number | undefined;
  /** Packets asked for again (each try counts). */
  nacked = 0;
  readonly loss = new LossTracker();
  readonly keyFrames: KeyFrameThrottle;
  private windowStart = 0;
  private windowBytes = 0;
  private lastBitrate = 0;

  constructor(
    readonly track: MediaStreamTrack,
    readonly receiver: RTCRtpReceiver | undefined,
  ) {
    this.keyFrames = new KeyFrameThrottle(() => {
      const ssrc = this.track.ssrc ?? this.ssrc;
      if (ssrc) void this.receiver?.sendRtcpPLI(ssrc).catch(() => undefined);
    });
  }

  /** Itself, as a choice of layer (layerChoice.ts). */
  get id(): IncomingLayer {
    return this;
  }

  /** Higher is better: f > h > q, and a track without simulcast above all. */
  get rank(): number {
    const rid = this.track.rid;
    return rid === 'f' ? 3 : rid === 'h' ? 2 : rid === 'q' ? 1 : 4;
  }

  get repairCounts(): RepairCounts {
    const { recovered, givenUp, droppedHigherLayer, padding } = this.loss;
    return { asked: this.nacked, recovered, givenUp, droppedHigherLayer, padding };
  }

  /** Bits of media a second over the last full second. */
  get bitrateBps(): number {
    return this.lastBitrate;
  }

  /**
   * `mimeType` is the codec the packet's payload type stands for. Returns whether the layer starts
   * sending media with it (for the first time, or after a pause of `pauseMs`).
   */
  onPacket(rtp: RtpPacket, now: number, mimeType: string | undefined): boolean {
    this.ssrc = rtp.header.ssrc;
    const mark = frameMark(mimeType, rtp);
    this.loss.onPacket(rtp.header.sequenceNumber, now, mark);
    if (mark === 'padding') return false;
    const starts = now - this.lastMediaAt >= pauseMs;
    if (starts) this.activeSince = now;
    this.lastMediaAt = now;
    if (now - this.windowStart >= bitrateWindowMs) {
      this.lastBitrate =
        this.windowStart === 0 ? 0 : (this.windowBytes * 8 * 1000) / (now - this.windowStart);
      this.windowStart = now;
      this.windowBytes = 0;
    }
    this.windowBytes += rtp.payload.length + rtp.header.serializeSize;
    return starts;
  }

  stop(): void {
    this.keyFrames.stop();
  }
}
