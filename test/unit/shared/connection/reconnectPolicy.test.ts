import { describe, expect, it } from 'vitest';
import { exponentialBackoff, reconnectPolicies } from '../../../../src/shared/connection/reconnectPolicy';

const first = (policy: { delayMs(attempt: number): number | null }, count: number) =>
  Array.from({ length: count }, (_, attempt) => policy.delayMs(attempt));

describe('reconnect policies', () => {
  it('double from the first delay up to the cap, and never give up unless told to', () => {
    expect(first(reconnectPolicies.obs, 6)).toEqual([250, 500, 1000, 2000, 2000, 2000]);
    expect(first(reconnectPolicies.feed, 5)).toEqual([250, 500, 1000, 1000, 1000]);
    expect(first(reconnectPolicies.liveRoom, 6)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(reconnectPolicies.liveRoom.delayMs(10_000)).toBe(10_000);
  });

  it('give up after the attempts they are allowed', () => {
    const policy = exponentialBackoff({ firstMs: 100, maxMs: 300, maxAttempts: 3 });
    expect(first(policy, 5)).toEqual([100, 200, 300, null, null]);
  });
});
