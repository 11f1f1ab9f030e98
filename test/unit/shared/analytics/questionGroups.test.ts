import { describe, expect, it } from 'vitest';
import { normalize, topQuestions } from '../../../../src/shared/analytics/questionGroups';
import { percentile } from '../../../../src/shared/analytics/percentile';
import { reportCsv } from '../../../../src/shared/analytics/reportCsv';
import { buildShowReport } from '../../../../src/shared/analytics/buildShowReport';
import { event, show } from './showEventsFixture';

const q = (text: string, market: string | null = 'br', translation: string | null = null) => ({
  text,
  translation,
  market,
});

describe('topQuestions', () => {
  it('counts a question however it is cased, spaced and punctuated', () => {
    expect(normalize('  Shipping   to RECIFE?? ')).toBe('shipping to recife');
    expect(topQuestions([q('Shipping to Recife?'), q('shipping to recife'), q('Tem azul?')])).toEqual([
      { text: 'Shipping to Recife?', count: 2, markets: ['br'] },
      { text: 'Tem azul?', count: 1, markets: ['br'] },
    ]);
  });

  it('merges questions sharing most of their words, and keeps different ones apart', () => {
    const groups = topQuestions([
      q('how long is shipping to Recife', 'br'),
      q('shipping to Recife how long', 'br'),
      q('how long is shipping to Mexico City', 'mx'),
      q('is the scarf real silk', 'mx'),
    ]);
    expect(groups.map((g) => [g.count, g.markets])).toEqual([
      [2, ['br']],
      [1, ['mx']],
      [1, ['mx']],
    ]);
  });

  it('compares Chinese by pairs of characters', () => {
    const groups = topQuestions([
      q('x', 'br', '这个围巾是真丝的吗'),
      q('y', 'mx', '这个围巾是不是真丝的'),
      q('z', 'sa', '多久能到货呢'),
    ]);
    expect(groups.map((g) => g.count)).toEqual([2, 1]);
  });

  it('lists at most the limit, most asked first', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      Array.from({ length: i + 1 }, () => q(`question number ${i} ${'x'.repeat(i)}`)),
    ).flat();
    const top = topQuestions(many, 10);
    expect(top).toHaveLength(10);
    expect(top[0]?.count).toBe(30);
  });
});

describe('percentile', () => {
  it('is the nearest rank', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });
});

describe('reportCsv', () => {
  it('has a row per minute, viewers per market, and defuses names a spreadsheet would run', () => {
    const t0 = Date.UTC(2026, 0, 1);
    const report = buildShowReport(
      show(t0, t0 + 119_000),
      [
        event(t0 + 5_000, 'product', { subject: 'p', detail: '=HYPERLINK("x")' }),
        event(t0 + 6_000, 'buyClick', { subject: 'v', market: 'br', detail: 'p' }),
      ],
      [],
    );
    const [header, first, second, end] = reportCsv(report).split('\r\n');
    expect(header).toBe(
      'minute_utc,host_time,viewers_total,questions,answered,comments,buy_clicks_br,on_air',
    );
    expect(first).toBe(
      `2026-01-01T00:00:00.000Z,2026-01-01T00:00+00:00,0,0,0,0,1,"product: =HYPERLINK(""x"")"`,
    );
    expect(second?.startsWith('2026-01-01T00:01:00.000Z')).toBe(true);
    expect(end).toBe('');
  });
});
