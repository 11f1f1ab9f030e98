import { describe, expect, it } from 'vitest';
import type { MarketId } from '../../../../src/shared/markets/markets';
import { defaultAvailability, type HostAvailability } from '../../../../src/shared/schedule/availability';
import { defaultPeakWindows, type PeakWindow } from '../../../../src/shared/schedule/peakHours';
import { suggestSlots, type SuggestRequest } from '../../../../src/shared/schedule/suggest';

const utc = (iso: string): number => Date.parse(iso);
function first<T>(items: readonly T[]): T {
  expect(items.length).toBeGreaterThan(0);
  return items[0] as T;
}
const second = <T>(items: readonly T[]): T => first(items.slice(1));
const allDay: HostAvailability = {
  workingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], start: 0, end: 1440 }],
  daysOff: [],
};
const daily = (start: number, end: number, weight = 1): PeakWindow => ({
  days: [1, 2, 3, 4, 5, 6, 7],
  start: start * 60,
  end: end * 60,
  weight,
});

function request(overrides: Partial<SuggestRequest>): SuggestRequest {
  return {
    hostTimeZone: 'Europe/Berlin',
    availability: allDay,
    targets: [{ market: 'us-east', weight: 1 }],
    peaks: { 'us-east': [daily(19, 20)] },
    durationMinutes: 60,
    from: utc('2026-03-16T00:00:00Z'),
    weeks: 1,
    busy: [],
    limit: 7,
    ...overrides,
  };
}

/** Host-local wall time of an instant, via Intl. */
const wall = (zone: string, t: number): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(t);

describe('suggestSlots', () => {
  it('follows US time while Berlin has not yet changed (the March gap weeks)', () => {
    const slots = suggestSlots(request({}));
    expect(slots).toHaveLength(7);
    for (const slot of slots) {
      expect(slot.score).toBe(1);
      expect(new Date(slot.start).toISOString()).toMatch(/T23:00:00/);
      expect(wall('Europe/Berlin', slot.start)).toMatch(/00:00$/);
      expect(wall('America/New_York', slot.start)).toMatch(/19:00$/);
    }
  });

  it('moves the host-local slot as each side changes clocks', () => {
    const before = suggestSlots(request({ from: utc('2026-03-01T00:00:00Z'), limit: 3 }));
    const after = suggestSlots(request({ from: utc('2026-04-01T00:00:00Z'), limit: 3 }));
    const autumnGap = suggestSlots(request({ from: utc('2026-10-26T00:00:00Z'), weeks: 0.5, limit: 3 }));
    for (const slot of before) expect(wall('Europe/Berlin', slot.start)).toMatch(/01:00$/);
    for (const slot of after) expect(wall('Europe/Berlin', slot.start)).toMatch(/01:00$/);
    for (const slot of autumnGap) expect(wall('Europe/Berlin', slot.start)).toMatch(/00:00$/);
  });

  it('keeps a southern-hemisphere market on its local evening across its April change', () => {
    const slots = suggestSlots(
      request({
        hostTimeZone: 'Asia/Shanghai',
        targets: [{ market: 'au', weight: 1 }],
        peaks: { au: [daily(19, 20)] },
        from: utc('2026-04-02T00:00:00Z'),
        limit: 7,
      }),
    );
    const shanghai = slots.map((s) => wall('Asia/Shanghai', s.start)).sort();
    expect(new Set(slots.map((s) => wall('Australia/Sydney', s.start).slice(-5)))).toEqual(
      new Set(['19:00']),
    );
    // 16:00 in Shanghai while Sydney is on summer time, 17:00 after.
    expect(shanghai.some((w) => w.endsWith('16:00'))).toBe(true);
    expect(shanghai.some((w) => w.endsWith('17:00'))).toBe(true);
  });

  it('counts a window that runs past midnight into the next day', () => {
    const slots = suggestSlots(
      request({
        hostTimeZone: 'Europe/Madrid',
        targets: [{ market: 'es', weight: 1 }],
        peaks: { es: [{ days: [5], start: 23 * 60, end: 60, weight: 1 }] },
        durationMinutes: 120,
        limit: 1,
      }),
    );
    expect(slots).toHaveLength(1);
    expect(first(slots).score).toBe(1);
    expect(wall('Europe/Madrid', first(slots).start)).toBe('Fri 23:00');
  });

  it('stays inside the host availability, off days off and clear of busy time', () => {
    const availability: HostAvailability = {
      workingHours: [{ days: [1, 2, 3, 4, 5], start: 9 * 60, end: 12 * 60 }],
      daysOff: ['2026-03-18'],
    };
    const busy = [{ start: utc('2026-03-17T08:00:00Z'), end: utc('2026-03-17T11:00:00Z') }];
    const slots = suggestSlots(
      request({
        hostTimeZone: 'Europe/Berlin',
        availability,
        targets: [{ market: 'uk', weight: 1 }],
        peaks: { uk: [daily(8, 12)] },
        durationMinutes: 90,
        busy,
        limit: 20,
      }),
    );
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      const start = wall('Europe/Berlin', slot.start);
      const end = wall('Europe/Berlin', slot.end);
      expect(start.slice(0, 3)).not.toMatch(/Sat|Sun|Wed/);
      expect(start.slice(-5) >= '09:00' && end.slice(-5) <= '12:00').toBe(true);
      expect(start.startsWith('Tue')).toBe(false);
    }
  });

  it('ranks slots by weighted coverage and explains each market', () => {
    const peaks: Partial<Record<MarketId, PeakWindow[]>> = { uk: [daily(19, 21)], de: [daily(19, 21)] };
    const slots = suggestSlots(
      request({
        hostTimeZone: 'Europe/London',
        targets: [
          { market: 'uk', weight: 3 },
          { market: 'de', weight: 1 },
        ],
        peaks,
        durationMinutes: 120,
        from: utc('2026-06-01T00:00:00Z'),
        weeks: 1,
        limit: 2,
      }),
    );
    // 19:00–21:00 London covers the UK fully and Germany (20:00–22:00 there) half.
    expect(wall('Europe/London', first(slots).start)).toBe('Mon 19:00');
    expect(first(slots).score).toBeCloseTo((3 * 1 + 1 * 0.5) / 4, 6);
    expect(first(slots).markets).toEqual([
      { market: 'uk', timeZone: 'Europe/London', coverage: 1 },
      { market: 'de', timeZone: 'Europe/Berlin', coverage: 0.5 },
    ]);
    // Non-overlapping: the next suggestion is another evening, not 19:15 the same day.
    expect(second(slots).start - first(slots).start).toBeGreaterThanOrEqual(120 * 60_000);
  });

  it('uses the strongest window where two overlap', () => {
    const slots = suggestSlots(
      request({ peaks: { 'us-east': [daily(19, 20, 0.5), daily(19, 20, 1)] }, limit: 1 }),
    );
    expect(first(slots).score).toBe(1);
  });

  it('returns nothing without targets or any peak inside availability', () => {
    expect(suggestSlots(request({ targets: [] }))).toEqual([]);
    const afternoonsOnly: HostAvailability = {
      workingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], start: 13 * 60, end: 17 * 60 }],
      daysOff: [],
    };
    expect(suggestSlots(request({ hostTimeZone: 'Asia/Shanghai', availability: afternoonsOnly }))).toEqual(
      [],
    );
  });

  it('ranks six markets over eight weeks with the shipped defaults', () => {
    const targets = (['us-east', 'uk', 'de', 'br', 'id', 'jp'] as const).map((market) => ({
      market,
      weight: 1,
    }));
    const slots = suggestSlots(
      request({
        hostTimeZone: 'Asia/Shanghai',
        availability: defaultAvailability,
        targets,
        peaks: defaultPeakWindows,
        weeks: 8,
        durationMinutes: 120,
        limit: 10,
      }),
    );
    expect(slots).toHaveLength(10);
    for (let i = 1; i < slots.length; i++)
      expect(slots[i]?.score ?? 0).toBeLessThanOrEqual(slots[i - 1]?.score ?? 0);
  });
});
