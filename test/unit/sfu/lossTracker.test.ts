import { describe, expect, it } from 'vitest';
import { LossTracker, seqDelta } from '../../sfu/lossTracker';

describe('the test SFU’s loss tracker (upstream NACKs)', () => {
  it('asks for the packets of a gap, a round trip apart, as many times as it may', () => {
    const tracker = new LossTracker({ maxTries: 3, maxAgeMs: 1000, maxGap: 500 });
    for (const seq of [10, 11, 14]) tracker.onPacket(seq, 0);
    expect(tracker.due(0, 100)).toEqual([12, 13]);
    expect(tracker.due(50, 100)).toEqual([]);
    expect(tracker.due(100, 100)).toEqual([12, 13]);
    expect(tracker.due(200, 100)).toEqual([12, 13]);
    expect(tracker.due(300, 100)).toEqual([]);
    expect(tracker.pending).toBe(0);
    expect(tracker.givenUp).toBe(2);
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
    expect(tracker.due(0, 100)).toEqual([65535, 0]);
    expect(seqDelta(1, 65534)).toBe(3);
    expect(seqDelta(65534, 1)).toBe(-3);
  });

  it('takes a jump past the limit for a restarted stream, not a loss, and forgets old losses', () => {
    const tracker = new LossTracker({ maxTries: 3, maxAgeMs: 1000, maxGap: 500 });
    tracker.onPacket(100, 0);
    tracker.onPacket(102, 0);
    tracker.onPacket(5000, 0);
    expect(tracker.due(0, 100)).toEqual([]);
    tracker.onPacket(5002, 0);
    expect(tracker.due(1500, 100)).toEqual([]);
  });
});
