import { audienceSeries } from './audienceSeries';
import { clickStats } from './clickStats';
import { countBetween, eventsByKind, type EventsByKind } from './eventsByKind';
import { hourBuckets } from './hourBuckets';
import { perMinute } from './perMinute';
import { questionStats } from './questionStats';
import { topQuestions } from './questionGroups';
import { pollResultSchema, type PollResult, type StoredEvent } from './showEvents';
import type {
  AskedQuestion,
  HourFigures,
  MarketFigures,
  OnAirMarker,
  ShowInfo,
  ShowReport,
} from './showReport';

/** Languages drawn on their own in the comments chart; the rest are summed as `other`. */
const languagesDrawn = 6;
/** The questions the report lists, most asked first. */
const questionGroupsListed = 10;

/**
 * The post-show report from the show's events, in time order, and its questions' texts. Pure:
 * the same events always make the same report, so every figure can be checked against them.
 */
export function buildShowReport(
  show: ShowInfo,
  events: readonly StoredEvent[],
  questions: readonly AskedQuestion[],
): ShowReport {
  const endedAt = Math.max(show.startedAt, show.endedAt ?? events.at(-1)?.at ?? show.startedAt);
  const kinds = withoutHidden(eventsByKind(events));
  const viewersByMarket = uniqueViewers(kinds.viewerJoin);
  const marketOrder = [...viewersByMarket].sort((a, b) => b[1] - a[1]).map(([market]) => market);
  const audience = audienceSeries(kinds.audience, show.startedAt, endedAt, marketOrder);
  const asked = questionStats(kinds.comment, kinds.answer);
  const names = productNames(kinds.product);
  const clicks = clickStats(kinds.buyClick, viewersByMarket, names);
  const comments = kinds.comment;
  const languages = topKeys(
    comments.map((c) => c.detail ?? 'und'),
    languagesDrawn,
  );
  const questionMarkets = countBy(
    comments.filter((c) => c.value === 1),
    (c) => c.market,
  );
  const marketIds = [
    ...new Set([...marketOrder, ...audience.peakByMarket.keys(), ...questionMarkets.keys()]),
  ];
  const markets: MarketFigures[] = marketIds.map((market) => ({
    market,
    uniqueViewers: viewersByMarket.get(market) ?? 0,
    peakViewers: audience.peakByMarket.get(market) ?? 0,
    buyClicks: clicks.filter((c) => c.market === market).reduce((sum, c) => sum + c.clicks, 0),
    questions: questionMarkets.get(market) ?? 0,
  }));
  return {
    show: { ...show, endedAt },
    durationMs: endedAt - show.startedAt,
    totals: {
      uniqueViewers: [...viewersByMarket.values()].reduce((a, b) => a + b, 0),
      peakViewers: audience.peakTotal,
      buyClicks: clicks.reduce((sum, c) => sum + c.clicks, 0),
      comments: comments.length,
      questions: asked.asked.length,
      answered: asked.answered.length,
      unanswered: asked.unanswered,
      votes: kinds.vote.length,
    },
    markets,
    audience: audience.series,
    markers: onAirMarkers([...kinds.scene, ...kinds.product].sort((a, b) => a.at - b.at)),
    questionsPerMinute: perMinute(
      [
        ...asked.asked.map((q) => ({ at: q.at, key: 'asked' })),
        ...asked.answered.map((q) => ({ at: q.at, key: 'answered' })),
      ],
      show.startedAt,
      endedAt,
      ['asked', 'answered'],
    ),
    commentsPerMinute: perMinute(
      comments.map((c) => ({ at: c.at, key: languageKey(c.detail, languages) })),
      show.startedAt,
      endedAt,
      languages.length < new Set(comments.map((c) => c.detail)).size ? [...languages, 'other'] : languages,
    ),
    clicksPerMinute: perMinute(
      kinds.buyClick.map((e) => ({ at: e.at, key: e.market ?? 'und' })),
      show.startedAt,
      endedAt,
    ),
    answerTimes: asked.answerTimes,
    clicks,
    hours: hourFigures(kinds, show, endedAt, asked.asked, audience.series),
    topQuestions: topQuestions(questions, questionGroupsListed),
    polls: pollResults(kinds.poll),
  };
}

/** Comments hidden after they arrived (and answers to them) no longer count. */
function withoutHidden(kinds: EventsByKind): EventsByKind {
  if (kinds.hidden.length === 0) return kinds;
  const hidden = new Set(kinds.hidden.map((e) => e.subject));
  const kept = (e: StoredEvent): boolean => !hidden.has(e.subject);
  return { ...kinds, comment: kinds.comment.filter(kept), answer: kinds.answer.filter(kept) };
}

/** Distinct viewers per market: a viewer who switched markets counts in each. */
function uniqueViewers(joins: readonly StoredEvent[]): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const event of joins) {
    if (!event.market || !event.subject) continue;
    let viewers = seen.get(event.market);
    if (!viewers) seen.set(event.market, (viewers = new Set()));
    viewers.add(event.subject);
  }
  return new Map([...seen].map(([market, viewers]) => [market, viewers.size]));
}

function productNames(products: readonly StoredEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of products) if (event.subject && event.detail) names.set(event.subject, event.detail);
  return names;
}

/** Scene and product changes, each only when it differs from what was on before. */
function onAirMarkers(events: readonly StoredEvent[]): OnAirMarker[] {
  const markers: OnAirMarker[] = [];
  const last: Record<'scene' | 'product', string | null | undefined> = {
    scene: undefined,
    product: undefined,
  };
  for (const event of events) {
    if (event.kind !== 'scene' && event.kind !== 'product') continue;
    if (last[event.kind] === event.subject) continue;
    last[event.kind] = event.subject;
    markers.push({ at: event.at, kind: event.kind, name: event.detail ?? '' });
  }
  return markers;
}

/** Each poll's last state: its result when it closed, or when the show ended. */
function pollResults(snapshots: readonly StoredEvent[]): PollResult[] {
  const polls = new Map<string, PollResult>();
  for (const event of snapshots) {
    if (!event.subject || !event.detail) continue;
    const parsed = pollResultSchema.safeParse(safeJson(event.detail));
    if (parsed.success) polls.set(event.subject, parsed.data);
  }
  return [...polls.values()];
}

/** Each hour of the host's clock: its peak audience (on the grid), buy clicks and questions. */
function hourFigures(
  kinds: EventsByKind,
  show: ShowInfo,
  endedAt: number,
  asked: readonly { at: number }[],
  audience: ShowReport['audience'],
): HourFigures[] {
  const clickTimes = kinds.buyClick.map((e) => e.at);
  const questionTimes = asked.map((q) => q.at);
  const totals = audience.times.map((_, i) =>
    audience.byMarket.reduce((sum, m) => sum + (m.counts[i] ?? 0), 0),
  );
  return hourBuckets(show.startedAt, endedAt, show.timeZone).map(({ start, end, wallClock }) => {
    let peakViewers = 0;
    audience.times.forEach((seconds, i) => {
      const at = seconds * 1000;
      if (at >= start && at <= end) peakViewers = Math.max(peakViewers, totals[i] ?? 0);
    });
    return {
      start,
      wallClock,
      peakViewers,
      buyClicks: countBetween(clickTimes, start, end),
      questions: countBetween(questionTimes, start, end),
    };
  });
}

function topKeys(values: readonly string[], limit: number): string[] {
  const counts = countBy(values, (v) => v);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([k]) => k);
}

function countBy<T>(items: readonly T[], key: (item: T) => string | null | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function languageKey(language: string | null, drawn: readonly string[]): string {
  const key = language ?? 'und';
  return drawn.includes(key) ? key : 'other';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
