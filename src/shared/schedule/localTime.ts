import { formatLocalDay, parseLocalDay, ZoneClock } from './zoneClock';

const dayMs = 86_400_000;

/** The instant a zone's clocks read `date` (YYYY-MM-DD) at `minutes` after midnight. */
export function instantFromLocal(timeZone: string, date: string, minutes: number): number {
  const day = parseLocalDay(date);
  return new ZoneClock(timeZone, (day - 2) * dayMs, (day + 2) * dayMs).instantOf(day, minutes);
}

/** The local date (YYYY-MM-DD) and minutes after midnight at an instant. */
export function localFromInstant(timeZone: string, epochMs: number): { date: string; minutes: number } {
  const wall = new ZoneClock(timeZone, epochMs - dayMs, epochMs + dayMs).wallClockAt(epochMs);
  return { date: formatLocalDay(wall.day), minutes: wall.minutes };
}
