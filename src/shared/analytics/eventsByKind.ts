import type { EventKind, StoredEvent } from './showEvents';

export type EventsByKind = Record<EventKind, StoredEvent[]>;

/** A show's events sorted into one list per kind, each still in time order: each figure reads its own. */
export function eventsByKind(events: readonly StoredEvent[]): EventsByKind {
  const lists: EventsByKind = {
    viewerJoin: [],
    viewerLeave: [],
    audience: [],
    buyClick: [],
    scene: [],
    product: [],
    comment: [],
    answer: [],
    vote: [],
    poll: [],
    hidden: [],
  };
  for (const event of events) lists[event.kind].push(event);
  return lists;
}

/** How many of the times (sorted) fall in [start, end]: two binary searches. */
export function countBetween(sortedTimes: readonly number[], start: number, end: number): number {
  return firstAtOrAfter(sortedTimes, end + 1) - firstAtOrAfter(sortedTimes, start);
}

function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
