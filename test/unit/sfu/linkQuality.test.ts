import { ConnectionQuality } from '@livekit/protocol';
import { describe, expect, it } from 'vitest';
import { ReceptionCounter, scoreLink } from '../../sfu/linkQuality';

describe('the test SFU’s link quality', () => {
  it('counts loss from sequence gaps, across the 16-bit wrap, per window', () => {
    const counter = new ReceptionCounter();
    for (let seq = 65_531; seq < 65_531 + 100; seq++) if (seq % 10 !== 5) counter.onPacket('a', seq & 0xffff);
    expect(counter.takeLoss()).toBeCloseTo(0.1, 2);
    for (let seq = 65_631; seq < 65_731; seq++) counter.onPacket('a', seq & 0xffff);
    expect(counter.takeLoss()).toBe(0);
    expect(counter.takeLoss()).toBeUndefined();
  });

  it('scores excellent, good and poor, never lost', () => {
    expect(scoreLink(0, 40)).toBe(ConnectionQuality.EXCELLENT);
    expect(scoreLink(0.03, 40)).toBe(ConnectionQuality.GOOD);
    expect(scoreLink(0, 350)).toBe(ConnectionQuality.GOOD);
    expect(scoreLink(0.2, 2000)).toBe(ConnectionQuality.POOR);
  });
});
