import { z } from 'zod';
import { pollResultSchema } from './showEvents';

/** A show as the list of past shows has it. */
export const showInfoSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  startedAt: z.number(),
  /** When it ended; for a show the studio did not live to end, its last counted event. */
  endedAt: z.number().nullable(),
  /** Ended by a restart after the studio was stopped mid-show (killed, crashed, power cut). */
  recovered: z.boolean(),
  /** The host's IANA time zone then: the report's hours are that zone's. */
  timeZone: z.string(),
  hostLanguage: z.string(),
});
export type ShowInfo = z.infer<typeof showInfoSchema>;

/** A row of the past shows list: the show and its headline figures. */
export const showSummarySchema = showInfoSchema.extend({
  uniqueViewers: z.number(),
  buyClicks: z.number(),
  questions: z.number(),
});
export type ShowSummary = z.infer<typeof showSummarySchema>;

const showTotalsSchema = z.object({
  uniqueViewers: z.number(),
  peakViewers: z.number(),
  buyClicks: z.number(),
  comments: z.number(),
  questions: z.number(),
  answered: z.number(),
  unanswered: z.number(),
  votes: z.number(),
});
export type ShowTotals = z.infer<typeof showTotalsSchema>;

const marketFiguresSchema = z.object({
  market: z.string(),
  uniqueViewers: z.number(),
  peakViewers: z.number(),
  buyClicks: z.number(),
  questions: z.number(),
});
export type MarketFigures = z.infer<typeof marketFiguresSchema>;

/** Concurrent viewers per market on a 10-second grid (epoch seconds, as uPlot takes them). */
const audienceSeriesSchema = z.object({
  times: z.array(z.number()),
  byMarket: z.array(z.object({ market: z.string(), counts: z.array(z.number()) })),
});
export type AudienceSeries = z.infer<typeof audienceSeriesSchema>;

/** What was on air when: a scene or product change, drawn along the time axis. */
const onAirMarkerSchema = z.object({ at: z.number(), kind: z.enum(['scene', 'product']), name: z.string() });
export type OnAirMarker = z.infer<typeof onAirMarkerSchema>;

/** Per minute of the show, counted from its start (epoch seconds of each minute). */
const perMinuteSchema = z.object({
  minutes: z.array(z.number()),
  series: z.array(z.object({ key: z.string(), counts: z.array(z.number()) })),
});
export type PerMinute = z.infer<typeof perMinuteSchema>;

const answerTimesSchema = z.object({
  medianMs: z.number().nullable(),
  p90Ms: z.number().nullable(),
  /** Answers within each bound (the last, `null`, is everything slower). */
  buckets: z.array(z.object({ upToMs: z.number().nullable(), count: z.number() })),
});
export type AnswerTimes = z.infer<typeof answerTimesSchema>;

/** Clicks on one product's buy link in one market, against that market's viewers. */
const productClicksSchema = z.object({
  productId: z.string(),
  name: z.string(),
  market: z.string(),
  clicks: z.number(),
  /** Viewers who clicked it at least once. */
  clickers: z.number(),
  /** The market's viewers over the show; click-through is clickers / viewers. */
  viewers: z.number(),
  clickThrough: z.number().nullable(),
});
export type ProductClicks = z.infer<typeof productClicksSchema>;

/** One hour of the host's clock (a DST day has a 23- or 25-hour show day; each hour is real). */
const hourFiguresSchema = z.object({
  start: z.number(),
  /** The hour's start on the host's clock, with its UTC offset: `2026-11-01T01:00-05:00`. */
  wallClock: z.string(),
  peakViewers: z.number(),
  buyClicks: z.number(),
  questions: z.number(),
});
export type HourFigures = z.infer<typeof hourFiguresSchema>;

/** A question asked many times, in the host's language, with how often and from where. */
const questionGroupSchema = z.object({ text: z.string(), count: z.number(), markets: z.array(z.string()) });
export type QuestionGroup = z.infer<typeof questionGroupSchema>;

export const showReportSchema = z.object({
  show: showInfoSchema,
  /** The show's real length (an hour lost or gained to DST counts as it passed). */
  durationMs: z.number(),
  totals: showTotalsSchema,
  markets: z.array(marketFiguresSchema),
  audience: audienceSeriesSchema,
  markers: z.array(onAirMarkerSchema),
  questionsPerMinute: perMinuteSchema,
  commentsPerMinute: perMinuteSchema,
  /** Buy clicks per minute, by market. */
  clicksPerMinute: perMinuteSchema,
  answerTimes: answerTimesSchema,
  clicks: z.array(productClicksSchema),
  hours: z.array(hourFiguresSchema),
  topQuestions: z.array(questionGroupSchema),
  polls: z.array(pollResultSchema),
});
export type ShowReport = z.infer<typeof showReportSchema>;

/**
 * A question of the show as stored, for grouping: its text, the host-language translation, its
 * market, and how many times it was asked word for word (the database counts those).
 */
export interface AskedQuestion {
  text: string;
  translation: string | null;
  market: string | null;
  count?: number;
}

/** The dashboard dock's figures during a show, pushed every few seconds. */
export const liveFiguresSchema = z.object({
  show: showInfoSchema,
  viewers: z.array(z.object({ market: z.string(), count: z.number() })),
  questionsWaiting: z.number(),
  questionsAsked: z.number(),
  clicks: z.array(z.object({ productId: z.string(), name: z.string(), clicks: z.number() })),
});
export type LiveFigures = z.infer<typeof liveFiguresSchema>;
