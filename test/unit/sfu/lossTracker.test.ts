import { describe, expect, it } from 'vitest';
import { LossTracker, seqDelta, type FrameMark } from '../../sfu/lossTracker';

/**
 * A packet of picture `picture` (15-bit VP8 PictureID), first and/or last of its frame, in a
 * temporal layer, with the base-layer index (TL0PICIDX) where given.
 */
const vp8 = (
  picture: number,
  starts: boolean,
  ends: boolean,
  temporalLayer?: number,
  baseIndex?: number,
): FrameMark => ({
  starts,
  ends,
  picture,
  pictureModulo: 0x8000,
  temporalLayer,
  baseIndex,
});

describe('the test SFU’s loss tracker (upstream NACKs)', () => {
  it('asks for the packets of a gap, a round trip apart, as many times as it may', () => {
    const tracker = new LossTracker({ maxTries: 3, maxAgeMs: 1000, maxGap: 500 });
    for (const seq of [10, 11, 14]) tracker.onPacket(seq, 0);
    expect(tracker.due(0, 100)).toEqual([13, 12]);
    expect(tracker.due(50, 100)).toEqual([]);
    expect(tracker.due(100, 100)).toEqual([13, 12]);
    expect(tracker.due(200, 100)).toEqual([13, 12]);
    expect(tracker.due(300, 100)).toEqual([]);
    expect(tracker.pending).toBe(0);
    expect(tracker.givenUp).toBe(2);
    expect(tracker.takeKeyFrameWanted()).toBe(true);
  });

  it('asks for new losses in one NACK and for each one again in a NACK of its own', () => {
    const tracker = new LossTracker({ maxTries: 3, maxAgeMs: 1000, maxGap: 500 });
    for (const seq of [10, 13]) tracker.onPacket(seq, 0);
    expect(tracker.nackMessages(0, 100)).toEqual([[12, 11]]);
    tracker.onPacket(16, 50);
    expect(tracker.nackMessages(100, 100)).toEqual([[15, 14], [12], [11]]);
  });

  it('stops asking for a packet that arrives late, and counts it recovered', () => {
    const tracker = new LossTracker();
    for (const seq of [1, 2, 5]) tracker.onPacket(seq, 0);
    tracker.onPacket(3, 10);
    expect(tracker.due(20, 100)).toEqual([4]);
    expect(tracker.recovered).toBe(1);
  });

  it('follows the sequence number across its wrap', () => {
    const tracker = new LossTracker();
    tracker.onPacket(65534, 0);
    tracker.onPacket(1, 0);
    expect(tracker.due(0, 100)).toEqual([0, 65535]);
    expect(seqDelta(1, 65534)).toBe(3);
    expect(seqDelta(65534, 1)).toBe(-3);
  });

  it('asks for the newest losses first, so an old one the publisher has dropped cannot cost them', () => {
    const tracker = new LossTracker();
    for (const seq of [1, 3]) tracker.onPacket(seq, 0);
    expect(tracker.due(0, 100)).toEqual([2]);
    for (const seq of [5, 8]) tracker.onPacket(seq, 50);
    expect(tracker.due(100, 100)).toEqual([7, 6, 4, 2]);
  });

  it('gives up a packet older than the publisher keeps for resending (1 s)', () => {
    const tracker = new LossTracker();
    for (const seq of [1, 3]) tracker.onPacket(seq, 0);
    expect(tracker.due(0, 600)).toEqual([2]);
    expect(tracker.due(600, 600)).toEqual([2]);
    expect(tracker.due(1200, 600)).toEqual([]);
    expect(tracker.givenUp).toBe(1);
  });

  it('never asks for padding lost between two frames, known once the next picture starts', () => {
    const tracker = new LossTracker();
    tracker.onPacket(10, 0, vp8(7, true, true));
    tracker.onPacket(11, 0, 'padding');
    // 12 and 13 lost: padding, or the start of picture 8? Not asked for until a frame says.
    tracker.onPacket(14, 0, 'padding');
    expect(tracker.due(0, 100)).toEqual([]);
    tracker.onPacket(15, 10, vp8(8, true, true));
    expect(tracker.due(20, 100)).toEqual([]);
    expect(tracker.padding).toBe(2);
    expect(tracker.pending).toBe(0);
    expect(tracker.givenUp).toBe(0);
  });

  it('asks for a gap between frames that held a whole picture, or a frame’s start', () => {
    const tracker = new LossTracker();
    tracker.onPacket(10, 0, vp8(7, true, true));
    tracker.onPacket(12, 0, vp8(9, true, true)); // picture 8 lost whole
    expect(tracker.due(0, 100)).toEqual([11]);
    tracker.onPacket(13, 0, 'padding');
    tracker.onPacket(15, 0, vp8(10, false, true)); // the start of picture 10 lost
    expect(tracker.due(1, 100)).toEqual([14]);
    tracker.onPacket(17, 0, vp8(10, false, false)); // lost inside a frame
    expect(tracker.due(2, 100)).toEqual([16]);
    expect(tracker.padding).toBe(0);
  });

  it('takes every gap for lost media where the codec tells no frames apart', () => {
    const tracker = new LossTracker();
    tracker.onPacket(10, 0);
    tracker.onPacket(11, 0, 'padding');
    tracker.onPacket(13, 0, 'padding');
    expect(tracker.due(0, 100)).toEqual([]);
    tracker.onPacket(14, 0);
    expect(tracker.due(0, 100)).toEqual([12]);
  });

  it('follows a 7-bit picture id across its wrap', () => {
    const tracker = new LossTracker();
    tracker.onPacket(10, 0, { starts: true, ends: true, picture: 127, pictureModulo: 0x80 });
    tracker.onPacket(12, 0, { starts: true, ends: true, picture: 0, pictureModulo: 0x80 });
    expect(tracker.due(0, 100)).toEqual([]);
    expect(tracker.padding).toBe(1);
  });

  it('takes a gap after a silence longer than packets are kept for a restart: a key frame, not NACKs', () => {
    const tracker = new LossTracker();
    for (const seq of [1, 2, 4]) tracker.onPacket(seq, 0);
    // A 2 s blackout: nothing arrives, then the stream goes on 60 packets later.
    tracker.onPacket(65, 2000);
    expect(tracker.due(2000, 100)).toEqual([]);
    expect(tracker.givenUp).toBe(1);
    expect(tracker.pending).toBe(0);
    expect(tracker.takeKeyFrameWanted()).toBe(true);
    expect(tracker.takeKeyFrameWanted()).toBe(false);
    // A late packet from before the blackout is only late.
    tracker.onPacket(3, 2010);
    expect(tracker.recovered).toBe(0);
  });

  it('takes a jump past the limit for a restarted stream, asks nothing of it but a key frame, and forgets old losses', () => {
    const tracker = new LossTracker({ maxTries: 3, maxAgeMs: 1000, maxGap: 500 });
    tracker.onPacket(100, 0);
    tracker.onPacket(102, 0);
    tracker.onPacket(5000, 0);
    expect(tracker.due(0, 100)).toEqual([]);
    expect(tracker.givenUp).toBe(1);
    tracker.onPacket(5002, 0);
    expect(tracker.due(1500, 100)).toEqual([]);
  });
});

describe('the test SFU’s loss tracker and temporal layers', () => {
  it('lets a higher layer’s lost packet go without a key frame, and not a base layer’s', () => {
    const tracker = new LossTracker({ maxTries: 1, maxAgeMs: 1000, maxGap: 500 });
    tracker.onPacket(10, 0, vp8(1, true, false, 2));
    tracker.onPacket(12, 0, vp8(1, false, true, 2)); // 11 lost inside a layer-2 frame
    tracker.onPacket(13, 0, vp8(2, true, false, 0));
    tracker.onPacket(15, 0, vp8(2, false, true, 0)); // 14 lost inside a base frame
    expect(tracker.due(0, 100)).toEqual([14, 11]);
    tracker.due(100, 100);
    expect(tracker.droppedHigherLayer).toBe(1);
    expect(tracker.givenUp).toBe(1);
  });

  it('takes a loss between a higher layer frame and a base one for the base', () => {
    const tracker = new LossTracker({ maxTries: 1, maxAgeMs: 1000, maxGap: 500 });
    tracker.onPacket(10, 0, vp8(1, true, false, 2));
    tracker.onPacket(12, 0, vp8(2, false, true, 0)); // 11: the end of 1, or the start of 2
    tracker.due(0, 100);
    tracker.due(100, 100);
    expect(tracker.givenUp).toBe(1);
  });
});

describe('the test SFU’s loss tracker and whole pictures lost', () => {
  /** Layer 1 picture 6 (base index 3), then 7 and the padding around it lost, then base picture 8. */
  const lostPictureSeven = (tracker: LossTracker, baseIndexOfEight: number): void => {
    tracker.onPacket(10, 0, vp8(6, true, true, 1, 3));
    tracker.onPacket(11, 0, 'padding');
    tracker.onPacket(16, 0, vp8(8, true, true, 0, baseIndexOfEight)); // 12-15: 7 and padding
  };

  it('lets a picture of a higher layer go without a key frame when the base index ran on', () => {
    const tracker = new LossTracker({ maxTries: 2, maxAgeMs: 1000, maxGap: 500 });
    lostPictureSeven(tracker, 4);
    expect(tracker.due(0, 100)).toEqual([15, 14, 13, 12]);
    tracker.due(100, 100);
    tracker.due(200, 100);
    expect(tracker.pending).toBe(0);
    expect(tracker.givenUp).toBe(0);
    expect(tracker.droppedHigherLayer).toBe(4);
    expect(tracker.takeKeyFrameWanted()).toBe(false);
  });

  it('asks for a key frame when the base index skipped: the lost picture was a base frame', () => {
    const tracker = new LossTracker({ maxTries: 2, maxAgeMs: 1000, maxGap: 500 });
    lostPictureSeven(tracker, 5);
    tracker.due(0, 100);
    tracker.due(100, 100);
    tracker.due(200, 100);
    expect(tracker.givenUp).toBe(4);
    expect(tracker.takeKeyFrameWanted()).toBe(true);
  });

  it('asks for a key frame for a lost part of a base frame, whatever the index says', () => {
    const tracker = new LossTracker({ maxTries: 1, maxAgeMs: 1000, maxGap: 500 });
    tracker.onPacket(10, 0, vp8(8, true, false, 0, 4));
    tracker.onPacket(12, 0, vp8(9, true, true, 2, 4)); // 11: the end of base picture 8
    tracker.due(0, 100);
    tracker.due(100, 100);
    expect(tracker.givenUp).toBe(1);
  });
});

describe('the test SFU’s loss tracker and padding next to lost media', () => {
  it('asks for a lost frame start, and not for the padding lost before it', () => {
    const tracker = new LossTracker();
    tracker.onPacket(10, 0, vp8(7, true, true));
    tracker.onPacket(11, 0, 'padding');
    tracker.onPacket(13, 0, 'padding'); // 12: padding, between padding
    tracker.onPacket(16, 0, vp8(8, false, false)); // 14 padding or 8's start, 15 8's start
    expect(tracker.due(0, 100)).toEqual([15, 14]);
    expect(tracker.padding).toBe(1);
  });

  it('asks for a lost frame end, and not for the padding lost after the padding that followed it', () => {
    const tracker = new LossTracker();
    tracker.onPacket(10, 0, vp8(7, true, false));
    tracker.onPacket(12, 0, 'padding'); // 11: 7's end
    tracker.onPacket(14, 0, 'padding'); // 13: padding
    tracker.onPacket(16, 0, vp8(8, true, true)); // 15: padding
    expect(tracker.due(0, 100)).toEqual([11]);
    expect(tracker.padding).toBe(2);
  });

  it('asks for everything when a whole picture is missing', () => {
    const tracker = new LossTracker();
    tracker.onPacket(10, 0, vp8(7, true, true));
    tracker.onPacket(11, 0, 'padding');
    tracker.onPacket(13, 0, 'padding');
    tracker.onPacket(16, 0, vp8(9, true, true));
    expect(tracker.due(0, 100)).toEqual([15, 14, 12]);
  });

  it('lets the padding before a lost frame start go once the start comes back', () => {
    const tracker = new LossTracker();
    tracker.onPacket(10, 0, vp8(7, true, true));
    tracker.onPacket(11, 0, 'padding');
    tracker.onPacket(16, 0, vp8(8, false, true)); // 12-14 padding or 8's start, 15 8's start
    expect(tracker.due(0, 100)).toEqual([15, 14, 13, 12]);
    tracker.onPacket(15, 10, vp8(8, true, false));
    // 12-14 lie between 7's end and 8's start now: padding, never asked for again nor given up.
    expect(tracker.due(100, 100)).toEqual([]);
    expect(tracker.due(2000, 100)).toEqual([]);
    expect(tracker.givenUp).toBe(0);
    expect(tracker.padding).toBe(3);
    expect(tracker.recovered).toBe(1);
  });

  it('keeps asking for a gap inside a picture whose start came back', () => {
    const tracker = new LossTracker();
    tracker.onPacket(10, 0, vp8(7, true, true));
    tracker.onPacket(14, 0, vp8(8, false, true)); // 11 8's start, 12-13 8's middle
    tracker.onPacket(11, 10, vp8(8, true, false));
    expect(tracker.due(20, 100)).toEqual([13, 12]);
    expect(tracker.padding).toBe(0);
  });
});
