import { describe, expect, it } from 'vitest';
import { buildShowReport } from '../../../../src/shared/analytics/buildShowReport';
import { reportCsv } from '../../../../src/shared/analytics/reportCsv';
import { click, question, show } from './showEventsFixture';

const utc = (iso: string): number => Date.parse(iso);

describe('a show across a DST change or midnight', () => {
  it('spring forward (New York): 01:30 to 03:30 on the clock is one real hour, in two hours of the clock', () => {
    const start = utc('2026-03-08T06:30:00Z'); // 01:30 EST
    const end = utc('2026-03-08T07:30:00Z'); // 03:30 EDT
    const report = buildShowReport(
      show(start, end, 'America/New_York'),
      [click(utc('2026-03-08T07:10:00Z'), 'a', 'us-east', 'p')],
      [],
    );
    expect(report.durationMs).toBe(3_600_000);
    expect(report.questionsPerMinute.minutes).toHaveLength(61);
    expect(report.hours.map((h) => h.wallClock)).toEqual([
      '2026-03-08T01:00-05:00',
      '2026-03-08T03:00-04:00',
    ]);
    expect(report.hours.map((h) => h.buyClicks)).toEqual([0, 1]);
  });

  it('fall back (New York): the repeated 01:00 hour is two hours, told apart by their offsets', () => {
    const start = utc('2026-11-01T04:30:00Z'); // 00:30 EDT
    const end = utc('2026-11-01T07:30:00Z'); // 02:30 EST
    const events = [
      click(utc('2026-11-01T05:15:00Z'), 'a', 'us-east', 'p'), // 01:15 EDT
      click(utc('2026-11-01T06:15:00Z'), 'b', 'us-east', 'p'), // 01:15 EST
      click(utc('2026-11-01T06:20:00Z'), 'c', 'us-east', 'p'), // 01:20 EST
    ];
    const report = buildShowReport(show(start, end, 'America/New_York'), events, []);
    expect(report.durationMs).toBe(3 * 3_600_000);
    expect(report.hours.map((h) => [h.wallClock, h.buyClicks])).toEqual([
      ['2026-11-01T00:00-04:00', 0],
      ['2026-11-01T01:00-04:00', 1],
      ['2026-11-01T01:00-05:00', 2],
      ['2026-11-01T02:00-05:00', 0],
    ]);
    // The CSV says which 01:15 is which.
    const csv = reportCsv(report).split('\r\n');
    expect(csv[1 + 45]).toContain('2026-11-01T01:15-04:00');
    expect(csv[1 + 105]).toContain('2026-11-01T01:15-05:00');
  });

  it('past midnight (Shanghai): the hours carry on into the next date, minutes without a gap', () => {
    const start = utc('2026-06-01T15:30:00Z'); // 23:30 in Shanghai
    const end = utc('2026-06-01T17:29:59Z'); // 01:29:59 the next day
    const events = [
      question(utc('2026-06-01T15:59:30Z'), 'q1', 'br'),
      question(utc('2026-06-01T16:00:30Z'), 'q2', 'br'),
    ];
    const report = buildShowReport(show(start, end, 'Asia/Shanghai'), events, []);
    expect(report.hours.map((h) => h.wallClock)).toEqual([
      '2026-06-01T23:00+08:00',
      '2026-06-02T00:00+08:00',
      '2026-06-02T01:00+08:00',
    ]);
    expect(report.hours.map((h) => h.questions)).toEqual([1, 1, 0]);
    const asked = report.questionsPerMinute.series.find((s) => s.key === 'asked')?.counts ?? [];
    expect(asked).toHaveLength(120);
    expect([asked[29], asked[30]]).toEqual([1, 1]);
  });

  it('reads an unknown zone as UTC rather than failing the report', () => {
    const start = utc('2026-06-01T10:00:00Z');
    const report = buildShowReport(show(start, start + 60_000, 'Mars/Olympus'), [], []);
    expect(report.hours.map((h) => h.wallClock)).toEqual(['2026-06-01T10:00+00:00']);
  });
});
