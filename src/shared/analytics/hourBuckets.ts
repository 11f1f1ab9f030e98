import { Temporal } from 'temporal-polyfill';

export interface HourBucket {
  start: number;
  end: number;
  /** `2026-11-01T01:00-05:00`: the hour on the host's clock, its offset telling a repeated hour apart. */
  wallClock: string;
}

/**
 * The show cut at each full hour of the host's clock. Built from instants, not clock readings:
 * on the day clocks go back the repeated hour is two buckets, on the day they go forward the
 * skipped one is none, and a show past midnight carries on into the next date.
 */
export function hourBuckets(startedAt: number, endedAt: number, timeZone: string): HourBucket[] {
  const zone = safeZone(timeZone);
  const first = Temporal.Instant.fromEpochMilliseconds(startedAt)
    .toZonedDateTimeISO(zone)
    .round({ smallestUnit: 'hour', roundingMode: 'floor' });
  const buckets: HourBucket[] = [];
  for (let hour = first; hour.epochMilliseconds <= endedAt;) {
    const next = hour.add({ hours: 1 });
    buckets.push({
      start: Math.max(startedAt, hour.epochMilliseconds),
      end: Math.min(endedAt, next.epochMilliseconds - 1),
      wallClock: hour.toString({ timeZoneName: 'never', smallestUnit: 'minute' }),
    });
    hour = next;
  }
  return buckets;
}

/** An instant on the host's clock with its offset, `2026-11-01T01:05-05:00`: unambiguous on DST days. */
export function wallClockOf(epochMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs)
    .toZonedDateTimeISO(safeZone(timeZone))
    .toString({ timeZoneName: 'never', smallestUnit: 'minute' });
}

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}
