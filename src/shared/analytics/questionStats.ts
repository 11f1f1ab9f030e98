import { percentile } from './percentile';
import type { StoredEvent } from './showEvents';
import type { AnswerTimes } from './showReport';

/** The answer-time histogram's bounds: what a viewer waiting for an answer feels. */
export const answerTimeBounds = [30_000, 60_000, 120_000, 300_000, 600_000] as const;

export interface QuestionStats {
  asked: { at: number; id: string }[];
  answered: { at: number; id: string; ms: number }[];
  unanswered: number;
  answerTimes: AnswerTimes;
}

/**
 * Questions asked (comment events flagged as questions), answered (the first answer to each,
 * aloud or in writing), the time from arrival to answer, and those still open at the end.
 */
export function questionStats(
  comments: readonly StoredEvent[],
  answers: readonly StoredEvent[],
): QuestionStats {
  const asked: QuestionStats['asked'] = [];
  const questionIds = new Set<string>();
  const answeredIds = new Set<string>();
  const answered: QuestionStats['answered'] = [];
  for (const event of comments) {
    if (event.value === 1 && event.subject) {
      asked.push({ at: event.at, id: event.subject });
      questionIds.add(event.subject);
    }
  }
  for (const event of answers) {
    if (!event.subject || answeredIds.has(event.subject)) continue;
    // An answer to a comment that was not a question (or asked before the show) is not counted.
    if (!questionIds.has(event.subject)) continue;
    answeredIds.add(event.subject);
    answered.push({ at: event.at, id: event.subject, ms: Math.max(0, event.value ?? 0) });
  }
  const times = answered.map((a) => a.ms);
  const buckets: AnswerTimes['buckets'] = [
    ...answerTimeBounds.map((upToMs) => ({ upToMs, count: 0 })),
    { upToMs: null, count: 0 },
  ];
  for (const ms of times) {
    const index = answerTimeBounds.findIndex((bound) => ms <= bound);
    const bucket = buckets[index === -1 ? answerTimeBounds.length : index];
    if (bucket) bucket.count++;
  }
  return {
    asked,
    answered,
    unanswered: questionIds.size - answeredIds.size,
    answerTimes: { medianMs: percentile(times, 50), p90Ms: percentile(times, 90), buckets },
  };
}
