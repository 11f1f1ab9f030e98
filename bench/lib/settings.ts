/**
 * BENCH_QUICK=1 runs a bench for a few seconds on the same code path with the
 * same JSON keys, so CI finds a broken bench the day it breaks (its figures then
 * mean nothing).
 */
export const quick = process.env['BENCH_QUICK'] === '1';

/** A bench's knob: its environment variable if set, else the full or the quick default. */
export function benchSetting(variable: string, full: number, quickValue: number): number {
  const set = process.env[variable];
  return set === undefined ? (quick ? quickValue : full) : Number(set);
}
