import { z } from 'zod';
import { marketIds, overlayLanguages } from '../markets/markets';

const id = z.string().min(1).max(64);
const unique = <T>(items: T[]): boolean => new Set(items).size === items.length;

/**
 * A planned live show: when (an instant, so it means the same moment in every
 * zone), for which markets, and its run of show.
 */
export const sessionSchema = z
  .object({
    id,
    title: z.string().trim().min(1).max(120),
    /** Start, epoch milliseconds, on a whole minute (calendars and .ics files count in minutes). */
    start: z
      .number()
      .int()
      .min(0)
      .refine((t) => t % 60_000 === 0, { message: 'not on a whole minute' }),
    durationMinutes: z.number().int().min(15).max(720),
    markets: z.array(z.enum(marketIds)).min(1).max(marketIds.length).refine(unique),
    /** Products to feature, in running order. */
    productIds: z.array(id).max(50).refine(unique),
    /** Studio scenes, in running order; the first opens the show. */
    sceneIds: z.array(id).max(50).refine(unique),
    /** Languages the show is spoken or captioned in. */
    languages: z.array(z.enum(overlayLanguages)).max(overlayLanguages.length).refine(unique),
    /** Minutes before the start to remind the host; 0 for none. */
    reminderMinutes: z.number().int().min(0).max(1440),
    notes: z.string().max(2000),
  })
  .strict();
export type Session = z.infer<typeof sessionSchema>;

export function sessionEnd(session: Pick<Session, 'start' | 'durationMinutes'>): number {
  return session.start + session.durationMinutes * 60_000;
}

/** Something else on the team's shared calendar: the host is busy then. */
export const busyEventSchema = z.object({
  uid: z.string().max(255),
  title: z.string().max(255),
  start: z.number().int(),
  end: z.number().int(),
  allDay: z.boolean(),
});
export type BusyEvent = z.infer<typeof busyEventSchema>;

export interface TimeSpan {
  start: number;
  end: number;
}

export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Ids of sessions that overlap another session or a busy event. */
export function findConflicts(sessions: readonly Session[], busy: readonly TimeSpan[]): Set<string> {
  const spans = sessions
    .map((s) => ({ id: s.id, start: s.start, end: sessionEnd(s) }))
    .sort((a, b) => a.start - b.start);
  const conflicting = new Set<string>();
  spans.forEach((span, i) => {
    // Sorted by start: only the following spans that begin before this one ends overlap it.
    for (const later of spans.slice(i + 1)) {
      if (later.start >= span.end) break;
      conflicting.add(span.id).add(later.id);
    }
    if (busy.some((b) => overlaps(span, b))) conflicting.add(span.id);
  });
  return conflicting;
}
