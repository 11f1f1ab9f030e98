import type { MarketId } from '../markets/markets';
import { marketById } from '../markets/markets';
import type { HostAvailability } from './availability';
import type { PeakWindow } from './peakHours';
import type { TimeSpan } from './session';
import { expandWeekly, Timeline } from './timeline';
import { parseLocalDay, ZoneClock } from './zoneClock';

const minuteMs = 60_000;
const weekMs = 7 * 86_400_000;

export interface SuggestTarget {
  market: MarketId;
  /** How much this market matters to the host, relative to the others. */
  weight: number;
}

export interface SuggestRequest {
  hostTimeZone: string;
  availability: HostAvailability;
  targets: readonly SuggestTarget[];
  peaks: Partial<Record<MarketId, readonly PeakWindow[]>>;
  durationMinutes: number;
  /** The earliest start, epoch ms. */
  from: number;
  weeks: number;
  /** Candidate starts fall on this grid of UTC minutes (15 gives :00/:15/:30/:45 in every zone). */
  stepMinutes?: number;
  /** Existing sessions and team events: no suggestion overlaps them. */
  busy: readonly TimeSpan[];
  limit?: number;
}

/** Why a slot suits one market. */
export interface MarketFit {
  market: MarketId;
  timeZone: string;
  /** Share of the session inside the market's peak hours, weighted by peak strength, 0–1. */
  coverage: number;
}

export interface Suggestion {
  start: number;
  end: number;
  /** Weighted mean of the markets' coverage, 0–1. */
  score: number;
  markets: MarketFit[];
}

/**
 * Ranks candidate session slots by weighted peak coverage across the target
 * markets, within the host's availability and clear of busy time. Returns the
 * best non-overlapping slots, best first (earlier first on a tie).
 */
export function suggestSlots(request: SuggestRequest): Suggestion[] {
  const step = (request.stepMinutes ?? 15) * minuteMs;
  const duration = request.durationMinutes * minuteMs;
  const from = Math.ceil(request.from / step) * step;
  const to = from + request.weeks * weekMs;
  const totalWeight = request.targets.reduce((sum, t) => sum + t.weight, 0);
  if (request.targets.length === 0 || totalWeight <= 0 || duration <= 0) return [];

  const hostClock = new ZoneClock(request.hostTimeZone, from, to);
  const free = new Timeline(expandWeekly(hostClock, request.availability.workingHours, from, to));
  const busy = new Timeline([
    ...request.busy.map((span) => ({ ...span, weight: 1 })),
    ...request.availability.daysOff.map((iso) => {
      const day = parseLocalDay(iso);
      return { start: hostClock.instantOf(day, 0), end: hostClock.instantOf(day + 1, 0), weight: 1 };
    }),
  ]);
  const markets = request.targets.map((target) => {
    const { timeZone } = marketById(target.market);
    const clock = new ZoneClock(timeZone, from, to);
    const windows = request.peaks[target.market] ?? [];
    return { ...target, timeZone, peaks: new Timeline(expandWeekly(clock, windows, from, to)) };
  });

  const candidates: { start: number; score: number }[] = [];
  for (let start = from; start + duration <= to; start += step) {
    const end = start + duration;
    if (free.weightedMs(start, end) < duration || busy.weightedMs(start, end) > 0) continue;
    let score = 0;
    for (const m of markets) score += (m.weight * m.peaks.weightedMs(start, end)) / duration;
    // Rounded so float noise cannot outrank an earlier slot of the same quality.
    if (score > 0) candidates.push({ start, score: Math.round((score / totalWeight) * 1e6) / 1e6 });
  }
  candidates.sort((a, b) => b.score - a.score || a.start - b.start);

  const chosen: Suggestion[] = [];
  const limit = request.limit ?? 10;
  for (const candidate of candidates) {
    if (chosen.length >= limit) break;
    const end = candidate.start + duration;
    if (chosen.some((c) => candidate.start < c.end && c.start < end)) continue;
    chosen.push({
      start: candidate.start,
      end,
      score: candidate.score,
      markets: markets.map((m) => ({
        market: m.market,
        timeZone: m.timeZone,
        coverage: m.peaks.weightedMs(candidate.start, end) / duration,
      })),
    });
  }
  return chosen;
}
