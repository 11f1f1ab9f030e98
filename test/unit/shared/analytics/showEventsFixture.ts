import type { EventKind, StoredEvent } from '../../../../src/shared/analytics/showEvents';
import type { ShowInfo } from '../../../../src/shared/analytics/showReport';

/** A stored event with only what a test cares about. */
export function event(
  at: number,
  kind: EventKind,
  fields: Partial<Omit<StoredEvent, 'at' | 'kind'>> = {},
): StoredEvent {
  return { at, kind, market: null, subject: null, detail: null, value: null, ...fields };
}

export function show(startedAt: number, endedAt: number, timeZone = 'UTC'): ShowInfo {
  return { id: 1, title: 'Spring sale', startedAt, endedAt, recovered: false, timeZone, hostLanguage: 'zh' };
}

/** The rows one audience sample is stored as: one per market and a total. */
export function audience(at: number, counts: Record<string, number>, destination = 'livekit'): StoredEvent[] {
  return [
    ...Object.entries(counts).map(([market, value]) =>
      event(at, 'audience', { market, subject: destination, value }),
    ),
    event(at, 'audience', { subject: destination, value: Object.values(counts).reduce((a, b) => a + b, 0) }),
  ];
}

export const join = (at: number, viewer: string, market: string): StoredEvent =>
  event(at, 'viewerJoin', { subject: viewer, market });
export const click = (at: number, viewer: string, market: string, productId: string): StoredEvent =>
  event(at, 'buyClick', { subject: viewer, market, detail: productId });
export const question = (at: number, id: string, market: string, language = 'pt'): StoredEvent =>
  event(at, 'comment', { subject: id, market, detail: language, value: 1 });
export const answer = (at: number, id: string, askedAt: number): StoredEvent =>
  event(at, 'answer', { subject: id, value: at - askedAt });
