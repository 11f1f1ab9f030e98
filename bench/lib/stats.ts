import { percentile as nearestRank } from '../../src/shared/analytics/percentile';

/** Nearest-rank percentile (p in 0..100) of a sample, the studio's own; NaN for an empty one. */
export function percentile(values: readonly number[], p: number): number {
  return nearestRank(values, p) ?? Number.NaN;
}

/** Rounds to a tenth, for JSON that people read. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;
