import type { PeakWindow } from './peakHours';
import type { WeeklyWindow } from './weeklyWindow';
import { windowMinutes } from './weeklyWindow';
import { isoWeekday, type ZoneClock } from './zoneClock';

export interface WeightedSpan {
  start: number;
  end: number;
  weight: number;
}

/**
 * A piecewise-constant weight over time (peak strength, or 1 where the host is
 * free), flattened so overlapping spans count once at their highest weight,
 * with a running integral so any span's weighted length is two binary searches.
 */
export class Timeline {
  /** Disjoint pieces in time order; `before` is the weighted ms of all earlier pieces. */
  private readonly pieces: (WeightedSpan & { before: number })[] = [];

  constructor(spans: readonly WeightedSpan[]) {
    const points = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
    const pending = [...spans].sort((a, b) => b.start - a.start); // popped earliest first
    let active: WeightedSpan[] = [];
    let total = 0;
    points.forEach((from, i) => {
      const to = points[i + 1];
      if (to === undefined) return;
      active = active.filter((s) => s.end > from);
      while ((pending.at(-1)?.start ?? Number.POSITIVE_INFINITY) <= from)
        active.push(pending.pop() as WeightedSpan);
      const weight = active.reduce((max, s) => Math.max(max, s.weight), 0);
      if (weight === 0) return;
      const last = this.pieces.at(-1);
      if (last?.end === from && last.weight === weight) last.end = to;
      else this.pieces.push({ start: from, end: to, weight, before: total });
      total += (to - from) * weight;
    });
  }

  /** The integral of the weight over [start, end), in weighted milliseconds. */
  weightedMs(start: number, end: number): number {
    return this.integralTo(end) - this.integralTo(start);
  }

  /** The pieces, for display. */
  spans(): WeightedSpan[] {
    return this.pieces.map(({ start, end, weight }) => ({ start, end, weight }));
  }

  private integralTo(t: number): number {
    // Binary search for the last piece starting before t.
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.pieces[mid]?.start ?? Number.POSITIVE_INFINITY) < t) low = mid;
      else high = mid - 1;
    }
    const piece = this.pieces[low];
    if (!piece || piece.start >= t) return 0;
    return piece.before + (Math.min(t, piece.end) - piece.start) * piece.weight;
  }
}

/**
 * Weekly wall-clock windows laid out as instants over [fromMs, toMs) in one
 * zone: on a DST day "19:00–22:00" is still 19:00–22:00 on local clocks.
 */
export function expandWeekly(
  clock: ZoneClock,
  windows: readonly (WeeklyWindow | PeakWindow)[],
  fromMs: number,
  toMs: number,
): WeightedSpan[] {
  // A day earlier, for windows that started yesterday and run past midnight.
  const firstDay = clock.wallClockAt(fromMs).day - 1;
  const lastDay = clock.wallClockAt(toMs).day;
  const spans: WeightedSpan[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const weekday = isoWeekday(day);
    for (const window of windows) {
      if (!window.days.includes(weekday)) continue;
      const start = clock.instantOf(day, window.start);
      const end = clock.instantOf(day, window.start + windowMinutes(window));
      if (end <= fromMs || start >= toMs) continue;
      spans.push({ start, end, weight: 'weight' in window ? window.weight : 1 });
    }
  }
  return spans;
}
