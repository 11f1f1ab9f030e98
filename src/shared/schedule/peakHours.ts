import { z } from 'zod';
import { marketIds, type MarketId } from '../markets/markets';
import { isNonEmptyWindow, weeklyWindowShape } from './weeklyWindow';

/** A time buyers in a market watch, with how strongly (1 = prime time). */
export const peakWindowSchema = z
  .object({ ...weeklyWindowShape, weight: z.number().min(0.05).max(1) })
  .strict()
  .refine(isNonEmptyWindow, { message: 'empty window' });
export type PeakWindow = z.infer<typeof peakWindowSchema>;

export const marketPeaksSchema = z.object({
  market: z.enum(marketIds),
  windows: z.array(peakWindowSchema).max(24),
  /** False while the market still uses the shipped defaults. */
  edited: z.boolean(),
});
export type MarketPeaks = z.infer<typeof marketPeaksSchema>;

const h = (hours: number, minutes = 0): number => hours * 60 + minutes;
const weekend = [6, 7];
const everyDay = [1, 2, 3, 4, 5, 6, 7];

/** The common shape: a lunch break, an evening prime time, and weekend late mornings. */
function typical(evening: [number, number], lunch: [number, number], weekendDays = weekend): PeakWindow[] {
  const workDays = everyDay.filter((d) => !weekendDays.includes(d));
  return [
    { days: workDays, start: lunch[0], end: lunch[1], weight: 0.4 },
    { days: everyDay, start: evening[0], end: evening[1], weight: 1 },
    { days: weekendDays, start: h(10), end: h(13), weight: 0.6 },
  ];
}

/**
 * Shipped defaults, in each market's local time: live-shopping audiences peak
 * after dinner, with smaller lunchtime and weekend-morning audiences. Southern
 * Europe and the Gulf eat and watch later; the Gulf's weekend is Friday and
 * Saturday. Hosts edit these to what their own analytics show.
 */
export const defaultPeakWindows: Record<MarketId, PeakWindow[]> = {
  'us-east': typical([h(19), h(23)], [h(12), h(13)]),
  'us-west': typical([h(18), h(22)], [h(12), h(13)]),
  uk: typical([h(19), h(22, 30)], [h(12), h(13, 30)]),
  de: typical([h(19), h(22)], [h(12), h(13)]),
  fr: typical([h(20), h(23)], [h(12), h(14)]),
  es: typical([h(21), h(0, 30)], [h(14), h(16)]),
  br: typical([h(19), h(23)], [h(12), h(14)]),
  mx: typical([h(19), h(23)], [h(14), h(16)]),
  id: typical([h(19), h(22)], [h(12), h(13)]),
  my: typical([h(20), h(23)], [h(12), h(14)]),
  ph: typical([h(19), h(23)], [h(12), h(13)]),
  th: typical([h(19), h(23)], [h(12), h(13)]),
  vn: typical([h(19, 30), h(22, 30)], [h(11, 30), h(13)]),
  sa: typical([h(21), h(1)], [h(14), h(16)], [5, 6]),
  ae: typical([h(20), h(24)], [h(13), h(14)], [5, 6]),
  jp: typical([h(20), h(24)], [h(12), h(13)]),
  au: typical([h(19), h(22)], [h(12), h(13)]),
};

export function defaultMarketPeaks(market: MarketId): MarketPeaks {
  return { market, windows: defaultPeakWindows[market], edited: false };
}
