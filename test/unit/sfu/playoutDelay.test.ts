import { describe, expect, it } from 'vitest';
import { playoutDelayFor, playoutDelayOf, playoutDelayPayload } from '../../sfu/playoutDelay';

describe('the test SFU’s playout delay', () => {
  it('asks for a publisher round trip and a margin while the uplink loses packets, none on a clean one', () => {
    const range = { min: 0, max: 1000 };
    expect(playoutDelayFor(range, { rttMs: 300, losing: true })).toBe(450);
    expect(playoutDelayFor(range, { rttMs: 300, losing: false })).toBe(0);
    expect(playoutDelayFor(range, { rttMs: 2000, losing: true })).toBe(1000);
    expect(playoutDelayFor({ min: 100, max: 500 }, { rttMs: 5, losing: false })).toBe(100);
  });

  it('writes 12 bits of minimum and maximum in 10 ms units', () => {
    expect([...playoutDelayPayload(450, 1000)]).toEqual([0x02, 0xd0, 0x64]);
    expect([...playoutDelayPayload(0, 0)]).toEqual([0, 0, 0]);
    expect([...playoutDelayPayload(99_999, 99_999)]).toEqual([0xff, 0xff, 0xff]);
  });

  it('reads the room’s range from the token’s room configuration, in either JSON case', () => {
    expect(playoutDelayOf({ minPlayoutDelay: 0, maxPlayoutDelay: 1000 })).toEqual({ min: 0, max: 1000 });
    expect(playoutDelayOf({ min_playout_delay: 100, max_playout_delay: 800 })).toEqual({
      min: 100,
      max: 800,
    });
    expect(playoutDelayOf({})).toBeUndefined();
    expect(playoutDelayOf(undefined)).toBeUndefined();
  });
});
