import { describe, expect, it } from 'vitest';
import { isSuperseded } from '../../../../src/renderer/media/compositor/frameTicks';

describe('frame clock ticks', () => {
  const due = 1_700_000_000_000;

  it('draws a tick on time or late by less than a frame', () => {
    expect(isSuperseded(due, due, 30)).toBe(false);
    // Late by 20 ms at 30 fps: the next frame's tick is not due yet, so this frame is still drawn.
    expect(isSuperseded(due, due + 20, 30)).toBe(false);
  });

  it('skips a tick a whole frame late: the newer one behind it is drawn instead', () => {
    expect(isSuperseded(due, due + 34, 30)).toBe(true);
    expect(isSuperseded(due, due + 120, 30)).toBe(true);
    expect(isSuperseded(due, due + 120, 5)).toBe(false);
  });

  it('of ticks queued behind a 100 ms stall, draws only the newest', () => {
    const interval = 1000 / 30;
    const now = due + 101;
    const queued = [0, 1, 2, 3].map((n) => due + n * interval);
    expect(queued.map((at) => isSuperseded(at, now, 30))).toEqual([true, true, true, false]);
  });
});
