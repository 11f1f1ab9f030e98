import type { StoredEvent } from './showEvents';
import type { AudienceSeries } from './showReport';

/** The grid the viewers chart is drawn on: a sample every 10 s, as the studio takes them. */
export const audienceStepMs = 10_000;

/** One sample from one destination: each market's count at that moment. */
interface Sample {
  at: number;
  destination: string;
  counts: Map<string, number>;
}

/**
 * Audience rows (and only those) back into samples: a sample is the rows of one destination at one instant, one
 * per market plus a total row (market null) that keeps an empty room a sample of zero.
 */
export function audienceSamples(events: readonly StoredEvent[]): Sample[] {
  const samples = new Map<string, Sample>();
  for (const event of events) {
    const destination = event.subject ?? '';
    const key = `${event.at}\u0000${destination}`;
    let sample = samples.get(key);
    if (!sample) samples.set(key, (sample = { at: event.at, destination, counts: new Map() }));
    if (event.market !== null) sample.counts.set(event.market, event.value ?? 0);
  }
  return [...samples.values()].sort((a, b) => a.at - b.at);
}

/**
 * Concurrent viewers per market on a fixed 10-second grid from start to end: each point holds
 * what every destination last reported (their sum), so a quiet minute keeps its level.
 */
export function audienceSeries(
  events: readonly StoredEvent[],
  startedAt: number,
  endedAt: number,
  marketOrder: readonly string[],
): { series: AudienceSeries; peakByMarket: Map<string, number>; peakTotal: number } {
  const samples = audienceSamples(events);
  const markets = [...new Set([...marketOrder, ...samples.flatMap((s) => [...s.counts.keys()])])];
  const latest = new Map<string, Map<string, number>>();
  const times: number[] = [];
  const counts = markets.map(() => [] as number[]);
  const peakByMarket = new Map<string, number>();
  for (const market of markets) peakByMarket.set(market, 0);
  let peakTotal = 0;
  let next = 0;
  for (let t = startedAt; t <= endedAt + audienceStepMs - 1; t += audienceStepMs) {
    const until = Math.min(t, endedAt);
    // Peaks are taken at every sample, not only on the grid: a spike between two points counts.
    for (let s = samples[next]; s && s.at <= until; s = samples[++next]) {
      latest.set(s.destination, s.counts);
      const now = markets.map((market) => countOf(latest, market));
      now.forEach((count, i) => {
        const market = markets[i] ?? '';
        peakByMarket.set(market, Math.max(peakByMarket.get(market) ?? 0, count));
      });
      peakTotal = Math.max(
        peakTotal,
        now.reduce((a, b) => a + b, 0),
      );
    }
    times.push(Math.round(until / 1000));
    markets.forEach((market, index) => counts[index]?.push(countOf(latest, market)));
    if (until === endedAt) break;
  }
  return {
    series: { times, byMarket: markets.map((market, i) => ({ market, counts: counts[i] ?? [] })) },
    peakByMarket,
    peakTotal,
  };
}

function countOf(latest: Map<string, Map<string, number>>, market: string): number {
  let count = 0;
  for (const byMarket of latest.values()) count += byMarket.get(market) ?? 0;
  return count;
}
