import { Temporal } from 'temporal-polyfill';

const dayMs = 86_400_000;
const minuteMs = 60_000;

/** A calendar date with no zone, as whole days since 1970-01-01 (ISO calendar). */
export type LocalDay = number;

export function localDayOf(year: number, month: number, day: number): LocalDay {
  return Math.floor(Date.UTC(year, month - 1, day) / dayMs);
}

/** ISO weekday of a local day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: LocalDay): number {
  return ((((day + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

/** `YYYY-MM-DD` of a local day. */
export function formatLocalDay(day: LocalDay): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

export function parseLocalDay(iso: string): LocalDay {
  const date = Temporal.PlainDate.from(iso);
  return localDayOf(date.year, date.month, date.day);
}

/**
 * Wall-clock time in one IANA zone, both ways, over a bounded range of instants.
 *
 * The zone's offset transitions in the range come from Temporal (real IANA
 * data). Between transitions the offset is constant, so most conversions are
 * plain arithmetic; a wall time within two days of a transition goes through
 * Temporal itself, whose 'compatible' disambiguation (a time skipped by a
 * spring-forward gap moves forward; a repeated time takes the earlier instant)
 * is the one RFC 5545 prescribes. Calling Temporal for every conversion costs
 * ~40 µs each, too slow for suggestions over weeks of 15-minute steps.
 */
export class ZoneClock {
  /** Instants (ms) at which the offset changes, ascending, and the offset from each on. */
  private readonly changes: number[] = [];
  private readonly offsets: number[] = [];

  constructor(
    readonly timeZone: string,
    fromMs: number,
    toMs: number,
  ) {
    let zoned = Temporal.Instant.fromEpochMilliseconds(fromMs - 2 * dayMs).toZonedDateTimeISO(timeZone);
    this.changes.push(Number.NEGATIVE_INFINITY);
    this.offsets.push(zoned.offsetNanoseconds / 1e6);
    const end = toMs + 2 * dayMs;
    for (;;) {
      const next = zoned.getTimeZoneTransition('next');
      if (!next || next.epochMilliseconds > end) break;
      this.changes.push(next.epochMilliseconds);
      this.offsets.push(next.offsetNanoseconds / 1e6);
      zoned = next;
    }
  }

  /** Offset from UTC (ms) in effect at an instant. */
  offsetAt(epochMs: number): number {
    let low = 0;
    let high = this.changes.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.changes[mid] ?? Number.POSITIVE_INFINITY) <= epochMs) low = mid;
      else high = mid - 1;
    }
    return this.offsets[low] ?? 0;
  }

  /** The instant at which this zone's clocks read `minutes` after midnight of `day`. */
  instantOf(day: LocalDay, minutes: number): number {
    const wall = day * dayMs + minutes * minuteMs;
    const guess = wall - this.offsetAt(wall);
    if (!this.transitionNear(guess)) return guess;
    const dayStart = new Date(day * dayMs);
    return Temporal.PlainDateTime.from({
      year: dayStart.getUTCFullYear(),
      month: dayStart.getUTCMonth() + 1,
      day: dayStart.getUTCDate(),
    })
      .add({ minutes })
      .toZonedDateTime(this.timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
  }

  /** The local day and minutes after local midnight at an instant. */
  wallClockAt(epochMs: number): { day: LocalDay; minutes: number } {
    const wall = epochMs + this.offsetAt(epochMs);
    const day = Math.floor(wall / dayMs);
    return { day, minutes: Math.floor((wall - day * dayMs) / minuteMs) };
  }

  private transitionNear(epochMs: number): boolean {
    // The first entry is -Infinity, never near.
    return this.changes.some((change) => Math.abs(change - epochMs) < 2 * dayMs);
  }
}
