import type { PerMinute } from './showReport';

const minuteMs = 60_000;

/**
 * Counts per minute of the show, minute 0 being the one it started in, keyed by series. Minutes
 * are real elapsed minutes: a show across a DST change or midnight has no gap and no overlap.
 */
export function perMinute(
  items: Iterable<{ at: number; key: string }>,
  startedAt: number,
  endedAt: number,
  keys?: readonly string[],
): PerMinute {
  const length = Math.max(1, Math.ceil((endedAt - startedAt + 1) / minuteMs));
  const series = new Map<string, number[]>();
  for (const key of keys ?? []) series.set(key, new Array<number>(length).fill(0));
  for (const { at, key } of items) {
    const minute = Math.floor((at - startedAt) / minuteMs);
    if (minute < 0 || minute >= length) continue;
    let counts = series.get(key);
    if (!counts) {
      if (keys) continue;
      series.set(key, (counts = new Array<number>(length).fill(0)));
    }
    counts[minute] = (counts[minute] ?? 0) + 1;
  }
  return {
    minutes: Array.from({ length }, (_, i) => Math.round((startedAt + i * minuteMs) / 1000)),
    series: [...series].map(([key, counts]) => ({ key, counts })),
  };
}
