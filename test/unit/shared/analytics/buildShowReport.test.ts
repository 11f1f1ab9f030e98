import { describe, expect, it } from 'vitest';
import { buildShowReport } from '../../../../src/shared/analytics/buildShowReport';
import { answer, audience, click, event, join, question, show } from './showEventsFixture';

const t0 = Date.UTC(2026, 5, 1, 12, 0, 0);
const s = (seconds: number): number => t0 + seconds * 1000;

describe('buildShowReport', () => {
  const events = [
    event(s(0), 'scene', { subject: 'factory', detail: 'Factory floor' }),
    event(s(0), 'product', { subject: 'scarf', detail: 'Silk scarf' }),
    join(s(1), 'ana', 'br'),
    join(s(2), 'bea', 'br'),
    join(s(3), 'carlos', 'mx'),
    ...audience(s(4), { br: 2, mx: 1 }),
    question(s(30), 'q1', 'br'),
    question(s(40), 'q2', 'mx', 'es'),
    question(s(70), 'q3', 'br'),
    event(s(75), 'comment', { subject: 'c1', market: 'br', detail: 'pt', value: 0 }),
    answer(s(60), 'q1', s(30)),
    answer(s(100), 'q2', s(40)),
    answer(s(110), 'q2', s(40)),
    click(s(80), 'ana', 'br', 'scarf'),
    click(s(81), 'ana', 'br', 'scarf'),
    click(s(82), 'carlos', 'mx', 'scarf'),
    event(s(90), 'product', { subject: 'teapot', detail: 'Clay teapot' }),
    click(s(95), 'bea', 'br', 'teapot'),
    ...audience(s(100), { br: 1, mx: 1 }),
    event(s(100), 'vote', { subject: 'p1', value: 0 }),
    event(s(101), 'vote', { subject: 'p1', value: 1 }),
    event(s(110), 'poll', {
      subject: 'p1',
      detail: JSON.stringify({ question: 'Colour?', options: ['Red', 'Blue'], votes: [1, 1] }),
    }),
  ];
  const report = buildShowReport(show(t0, s(179)), events, [
    { text: 'Qual é o frete?', translation: '运费多少？', market: 'br' },
    { text: '¿Cuánto cuesta el envío?', translation: '运费多少', market: 'mx' },
    { text: 'Tem azul?', translation: '有蓝色吗？', market: 'br' },
  ]);

  it('totals what was counted, answers counted once per question', () => {
    expect(report.totals).toEqual({
      uniqueViewers: 3,
      peakViewers: 3,
      buyClicks: 4,
      comments: 4,
      questions: 3,
      answered: 2,
      unanswered: 1,
      votes: 2,
    });
    expect(report.durationMs).toBe(179_000);
  });

  it('gives each market its viewers, peak, questions and clicks', () => {
    expect(report.markets).toEqual([
      { market: 'br', uniqueViewers: 2, peakViewers: 2, buyClicks: 3, questions: 2 },
      { market: 'mx', uniqueViewers: 1, peakViewers: 1, buyClicks: 1, questions: 1 },
    ]);
  });

  it('sets clicks against the market’s viewers: clickers, not clicks, make the click-through', () => {
    expect(report.clicks).toEqual([
      {
        productId: 'scarf',
        name: 'Silk scarf',
        market: 'br',
        clicks: 2,
        clickers: 1,
        viewers: 2,
        clickThrough: 0.5,
      },
      {
        productId: 'teapot',
        name: 'Clay teapot',
        market: 'br',
        clicks: 1,
        clickers: 1,
        viewers: 2,
        clickThrough: 0.5,
      },
      {
        productId: 'scarf',
        name: 'Silk scarf',
        market: 'mx',
        clicks: 1,
        clickers: 1,
        viewers: 1,
        clickThrough: 1,
      },
    ]);
  });

  it('measures time to answer from arrival to the first answer', () => {
    expect(report.answerTimes.medianMs).toBe(30_000);
    expect(report.answerTimes.p90Ms).toBe(60_000);
    expect(report.answerTimes.buckets.map((b) => b.count)).toEqual([1, 1, 0, 0, 0, 0]);
  });

  it('counts questions and answers per minute of the show', () => {
    const asked = report.questionsPerMinute.series.find((x) => x.key === 'asked');
    const answered = report.questionsPerMinute.series.find((x) => x.key === 'answered');
    expect(report.questionsPerMinute.minutes).toEqual([t0 / 1000, t0 / 1000 + 60, t0 / 1000 + 120]);
    expect(asked?.counts).toEqual([2, 1, 0]);
    expect(answered?.counts).toEqual([0, 2, 0]);
  });

  it('draws the audience on a 10-second grid, each point keeping the last sample', () => {
    const br = report.audience.byMarket.find((m) => m.market === 'br')?.counts ?? [];
    expect(report.audience.times).toHaveLength(19);
    expect(report.audience.times[0]).toBe(t0 / 1000);
    expect(report.audience.times.at(-1)).toBe(s(179) / 1000);
    expect(br.slice(0, 11)).toEqual([0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1]);
  });

  it('marks each scene and product change, and keeps each poll’s last result', () => {
    expect(report.markers).toEqual([
      { at: s(0), kind: 'scene', name: 'Factory floor' },
      { at: s(0), kind: 'product', name: 'Silk scarf' },
      { at: s(90), kind: 'product', name: 'Clay teapot' },
    ]);
    expect(report.polls).toEqual([{ question: 'Colour?', options: ['Red', 'Blue'], votes: [1, 1] }]);
  });

  it('groups the questions in the host’s language', () => {
    expect(report.topQuestions).toEqual([
      { text: '运费多少？', count: 2, markets: ['br', 'mx'] },
      { text: '有蓝色吗？', count: 1, markets: ['br'] },
    ]);
  });

  it('takes a peak between two grid points', () => {
    const spike = buildShowReport(
      show(t0, s(20)),
      [...audience(s(1), { br: 1 }), ...audience(s(3), { br: 9 }), ...audience(s(6), { br: 2 })],
      [],
    );
    expect(spike.totals.peakViewers).toBe(9);
    expect(spike.audience.byMarket[0]?.counts).toEqual([0, 2, 2]);
  });

  it('sums the destinations a market is watched on', () => {
    const both = buildShowReport(
      show(t0, s(10)),
      [...audience(s(1), { br: 3 }, 'livekit'), ...audience(s(2), { br: 40 }, 'youtube')],
      [],
    );
    expect(both.audience.byMarket[0]?.counts.at(-1)).toBe(43);
  });

  it('ends a show the studio did not live to end at its last event', () => {
    const cut = buildShowReport(
      { ...show(t0, s(0)), endedAt: null },
      [join(s(1), 'a', 'br'), click(s(42), 'a', 'br', 'x')],
      [],
    );
    expect(cut.show.endedAt).toBe(s(42));
    expect(cut.durationMs).toBe(42_000);
  });
});
