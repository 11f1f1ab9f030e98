import { instantFromLocal, localFromInstant } from '../../../shared/schedule/localTime';
import {
  formatLocalDay,
  isoWeekday,
  parseLocalDay,
  type LocalDay,
  ZoneClock,
} from '../../../shared/schedule/zoneClock';

const dayMs = 86_400_000;

/** One column of the week view: a local day in the host's zone and the instants it spans. */
export interface WeekDay {
  day: LocalDay;
  iso: string;
  start: number;
  end: number;
}

export interface Week {
  clock: ZoneClock;
  days: WeekDay[];
  /** Local midnight starting Monday, and ending Sunday. */
  start: number;
  end: number;
}

/** The Monday-to-Sunday week, in `timeZone`, that contains `anchor`, shifted by `offsetWeeks`. */
export function weekContaining(timeZone: string, anchor: number, offsetWeeks = 0): Week {
  const probe = new ZoneClock(timeZone, anchor - 8 * dayMs, anchor + 8 * dayMs);
  const today = probe.wallClockAt(anchor).day;
  const monday = today - (isoWeekday(today) - 1) + offsetWeeks * 7;
  const clock = new ZoneClock(timeZone, (monday - 1) * dayMs, (monday + 9) * dayMs);
  const days = Array.from({ length: 7 }, (_, i) => {
    const day = monday + i;
    return {
      day,
      iso: formatLocalDay(day),
      start: clock.instantOf(day, 0),
      end: clock.instantOf(day + 1, 0),
    };
  });
  return { clock, days, start: clock.instantOf(monday, 0), end: clock.instantOf(monday + 7, 0) };
}

/** A piece of a span drawn in one day's column, in minutes after that day's local midnight. */
export interface Block<T> {
  item: T;
  dayIndex: number;
  top: number;
  bottom: number;
  /** True when the span began on an earlier day (it crossed midnight). */
  continued: boolean;
}

/**
 * Lays spans out on the week, split at local midnight. Positions are local
 * clock minutes, so a session at 19:00 sits at 19:00 on a DST day too.
 */
export function layoutBlocks<T extends { start: number; end: number }>(
  week: Week,
  items: readonly T[],
): Block<T>[] {
  const blocks: Block<T>[] = [];
  for (const item of items) {
    week.days.forEach((day, dayIndex) => {
      if (item.end <= day.start || item.start >= day.end) return;
      const from = Math.max(item.start, day.start);
      const to = Math.min(item.end, day.end);
      const top = from === day.start ? 0 : week.clock.wallClockAt(from).minutes;
      const bottom = to === day.end ? 1440 : week.clock.wallClockAt(to).minutes;
      blocks.push({
        item,
        dayIndex,
        top,
        bottom: Math.max(bottom, top + 1),
        continued: item.start < day.start,
      });
    });
  }
  return blocks;
}

/** A start moved by whole days and minutes on the host's clock (a drag on the calendar). */
export function moveOnClock(timeZone: string, start: number, days: number, minutes: number): number {
  const wall = localFromInstant(timeZone, start);
  return instantFromLocal(timeZone, formatLocalDay(parseLocalDay(wall.date) + days), wall.minutes + minutes);
}
