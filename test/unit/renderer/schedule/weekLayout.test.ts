import { describe, expect, it } from 'vitest';
import {
  layoutBlocks,
  moveOnClock,
  weekContaining,
} from '../../../../src/renderer/features/schedule/weekLayout';

const utc = (iso: string): number => Date.parse(iso);

describe('the week view', () => {
  it('runs Monday to Sunday on the host clock, with 23- and 25-hour days at the DST changes', () => {
    const spring = weekContaining('Europe/Berlin', utc('2026-03-26T12:00:00Z'));
    expect(spring.days.map((d) => d.iso)).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
    const sunday = spring.days[6];
    expect(((sunday?.end ?? 0) - (sunday?.start ?? 0)) / 3_600_000).toBe(23);
    const autumn = weekContaining('Europe/Berlin', utc('2026-10-25T12:00:00Z'));
    const fallBack = autumn.days[6];
    expect(((fallBack?.end ?? 0) - (fallBack?.start ?? 0)) / 3_600_000).toBe(25);
  });

  it('places a session by local clock time, and splits one that crosses midnight', () => {
    const week = weekContaining('Asia/Kolkata', utc('2026-06-03T00:00:00Z'));
    // 22:30–01:30 in Kolkata (UTC+5:30) on Wednesday 3 June.
    const late = { start: utc('2026-06-03T17:00:00Z'), end: utc('2026-06-03T20:00:00Z') };
    const blocks = layoutBlocks(week, [late]);
    expect(
      blocks.map(({ dayIndex, top, bottom, continued }) => ({ dayIndex, top, bottom, continued })),
    ).toEqual([
      { dayIndex: 2, top: 22 * 60 + 30, bottom: 1440, continued: false },
      { dayIndex: 3, top: 0, bottom: 90, continued: true },
    ]);
  });

  it('keeps the wall time when a drag crosses a DST change', () => {
    // Saturday 19:00 in New York, moved a day later, is Sunday 19:00 after the spring change: 23 hours on.
    const saturday = utc('2026-03-08T00:00:00Z'); // 19:00 EST on Saturday 7 March
    const moved = moveOnClock('America/New_York', saturday, 1, 0);
    expect((moved - saturday) / 3_600_000).toBe(23);
    expect(moveOnClock('America/New_York', saturday, 0, 45) - saturday).toBe(45 * 60_000);
  });
});
