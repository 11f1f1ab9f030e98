import type { GoLiveOptions } from './livePublisher';
import type { HeldShow } from './programPublishing';

/**
 * A connection waiting for "Go live": the room joined and the program's tracks published but held
 * back (muted, nothing sent), so that the click only releases them.
 */
export interface Standby {
  key: string;
  at: number;
  /** Settles once the room is joined and the program published held back; undefined if that failed. */
  ready: Promise<HeldShow | undefined>;
  /** Leaves the room, now or as soon as it is joined. */
  close(): void;
}

/**
 * A standby connection older than this is made afresh: its token (ten minutes) would not see a
 * reconnection through, and a LiveKit server refreshes tokens only for published sessions' sake.
 */
export const standbyForMs = 8 * 60_000;

/** What a standby connection was prepared for: another show, codec or picture needs a new one. */
export const keyOf = (show: GoLiveOptions): string =>
  JSON.stringify([
    show.identity,
    show.name,
    show.mode,
    show.codec,
    show.encoding,
    show.video.id,
    show.audio?.id,
  ]);
