import { csvCell } from '../text/csvCell';
import { audienceStepMs } from './audienceSeries';
import { wallClockOf } from './hourBuckets';
import type { PerMinute, ShowReport } from './showReport';

const samplesPerMinute = 60_000 / audienceStepMs;

/**
 * The report's data as a spreadsheet: one row per minute of the show with its time (UTC and the
 * host's clock), viewers per market at the minute's start, questions, answers, comments and buy
 * clicks, and what went on air in it.
 */
export function reportCsv(report: ShowReport): string {
  const markets = report.audience.byMarket.map((m) => m.market);
  const clickMarkets = report.clicksPerMinute.series.map((s) => s.key);
  const header = [
    'minute_utc',
    'host_time',
    ...markets.map((m) => `viewers_${m}`),
    'viewers_total',
    'questions',
    'answered',
    'comments',
    ...clickMarkets.map((m) => `buy_clicks_${m}`),
    'on_air',
  ];
  const rows = report.questionsPerMinute.minutes.map((seconds, minute) => {
    const at = seconds * 1000;
    const viewers = report.audience.byMarket.map((m) => m.counts[minute * samplesPerMinute] ?? 0);
    const onAir = report.markers
      .filter((m) => m.at >= at && m.at < at + 60_000)
      .map((m) => `${m.kind}: ${m.name}`)
      .join('; ');
    return [
      new Date(at).toISOString(),
      wallClockOf(at, report.show.timeZone),
      ...viewers,
      viewers.reduce((a, b) => a + b, 0),
      countAt(report.questionsPerMinute, 'asked', minute),
      countAt(report.questionsPerMinute, 'answered', minute),
      report.commentsPerMinute.series.reduce((sum, s) => sum + (s.counts[minute] ?? 0), 0),
      ...clickMarkets.map((m) => countAt(report.clicksPerMinute, m, minute)),
      onAir,
    ];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function countAt(series: PerMinute, key: string, minute: number): number {
  return series.series.find((s) => s.key === key)?.counts[minute] ?? 0;
}
