import { describe, expect, it } from 'vitest';
import {
  formatLocalDay,
  isoWeekday,
  parseLocalDay,
  ZoneClock,
} from '../../../../src/shared/schedule/zoneClock';

const utc = (iso: string): number => Date.parse(iso);

function clock(zone: string): ZoneClock {
  return new ZoneClock(zone, utc('2026-01-01T00:00:00Z'), utc('2027-01-01T00:00:00Z'));
}

/** Local wall time via Intl, independent of the code under test. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function intlWallClock(zone: string, epochMs: number): { date: string; minutes: number } {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(epochMs).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

describe('local days', () => {
  it('count ISO weekdays from Monday', () => {
    expect(isoWeekday(parseLocalDay('2026-11-23'))).toBe(1);
    expect(isoWeekday(parseLocalDay('2026-11-29'))).toBe(7);
    expect(formatLocalDay(parseLocalDay('2028-02-29'))).toBe('2028-02-29');
  });
});

describe('ZoneClock', () => {
  it('maps the same wall time to different instants either side of the US and EU changes', () => {
    const newYork = clock('America/New_York');
    const berlin = clock('Europe/Berlin');
    const at = (c: ZoneClock, day: string, h: number): string =>
      new Date(c.instantOf(parseLocalDay(day), h * 60)).toISOString();
    // Before 8 March both are on winter time; between 8 and 29 March only the US has moved.
    expect(at(newYork, '2026-03-05', 19)).toBe('2026-03-06T00:00:00.000Z');
    expect(at(newYork, '2026-03-10', 19)).toBe('2026-03-10T23:00:00.000Z');
    expect(at(berlin, '2026-03-10', 19)).toBe('2026-03-10T18:00:00.000Z');
    expect(at(berlin, '2026-03-30', 19)).toBe('2026-03-30T17:00:00.000Z');
    // Autumn: the EU falls back on 25 October, the US on 1 November.
    expect(at(berlin, '2026-10-26', 19)).toBe('2026-10-26T18:00:00.000Z');
    expect(at(newYork, '2026-10-26', 19)).toBe('2026-10-26T23:00:00.000Z');
    expect(at(newYork, '2026-11-02', 19)).toBe('2026-11-03T00:00:00.000Z');
  });

  it('moves a time skipped by spring-forward later, and takes the first of a repeated hour', () => {
    const newYork = clock('America/New_York');
    expect(new Date(newYork.instantOf(parseLocalDay('2026-03-08'), 150)).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    expect(new Date(newYork.instantOf(parseLocalDay('2026-11-01'), 90)).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('handles half- and quarter-hour offsets and the southern hemisphere', () => {
    expect(clock('Asia/Kolkata').instantOf(parseLocalDay('2026-06-01'), 19 * 60)).toBe(
      utc('2026-06-01T13:30:00Z'),
    );
    expect(clock('Asia/Kathmandu').instantOf(parseLocalDay('2026-06-01'), 19 * 60)).toBe(
      utc('2026-06-01T13:15:00Z'),
    );
    // Sydney leaves summer time on 5 April 2026 and re-enters it on 4 October.
    const sydney = clock('Australia/Sydney');
    expect(sydney.instantOf(parseLocalDay('2026-04-04'), 19 * 60)).toBe(utc('2026-04-04T08:00:00Z'));
    expect(sydney.instantOf(parseLocalDay('2026-04-06'), 19 * 60)).toBe(utc('2026-04-06T09:00:00Z'));
    expect(sydney.instantOf(parseLocalDay('2026-10-05'), 19 * 60)).toBe(utc('2026-10-05T08:00:00Z'));
  });

  it('puts one instant on different dates across the date line', () => {
    const instant = utc('2026-07-01T10:30:00Z');
    const kiritimati = clock('Pacific/Kiritimati').wallClockAt(instant);
    const pagoPago = clock('Pacific/Pago_Pago').wallClockAt(instant);
    expect(formatLocalDay(kiritimati.day)).toBe('2026-07-02');
    expect(kiritimati.minutes).toBe(30);
    expect(formatLocalDay(pagoPago.day)).toBe('2026-06-30');
    expect(pagoPago.minutes).toBe(23 * 60 + 30);
  });

  it('agrees with Intl on every hour of a year in zones with and without DST', () => {
    for (const zone of ['America/Sao_Paulo', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Tokyo']) {
      const c = clock(zone);
      for (
        let t = utc('2026-01-01T00:00:00Z');
        t < utc('2027-01-01T00:00:00Z');
        t += 3 * 3_600_000 + 7 * 60_000
      ) {
        const wall = c.wallClockAt(t);
        const expected = intlWallClock(zone, t);
        expect({ date: formatLocalDay(wall.day), minutes: wall.minutes }).toEqual(expected);
        const back = c.instantOf(wall.day, wall.minutes);
        // Only a repeated (fall-back) wall time may map to a different, earlier instant.
        if (back !== t) expect(intlWallClock(zone, back)).toEqual(expected);
      }
    }
  });
});
