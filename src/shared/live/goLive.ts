import type { ErrorCode } from '../ipc/errors';

/**
 * Going live, as one state machine the UI follows: offline → connecting → live,
 * live ⇄ reconnecting while the network comes and goes (the picture and the
 * backup keep running), ending → offline, and failed when it cannot go on.
 */
export type GoLiveState = 'offline' | 'connecting' | 'live' | 'reconnecting' | 'ending' | 'failed';

export type GoLiveEvent =
  | { type: 'goLive' }
  | { type: 'connected' }
  | { type: 'connectionLost' }
  | { type: 'reconnected' }
  | { type: 'end' }
  | { type: 'ended' }
  | { type: 'failed'; error: ErrorCode }
  | { type: 'dismiss' };

const transitions: Record<GoLiveState, Partial<Record<GoLiveEvent['type'], GoLiveState>>> = {
  offline: { goLive: 'connecting' },
  connecting: { connected: 'live', failed: 'failed', end: 'ending' },
  live: { connectionLost: 'reconnecting', end: 'ending', failed: 'failed' },
  reconnecting: { reconnected: 'live', connected: 'live', failed: 'failed', end: 'ending' },
  ending: { ended: 'offline' },
  failed: { goLive: 'connecting', dismiss: 'offline' },
};

/** The state after an event; an event that means nothing in a state leaves it unchanged. */
export function nextGoLiveState(state: GoLiveState, event: GoLiveEvent): GoLiveState {
  return transitions[state][event.type] ?? state;
}

/** Viewers can be watching: the studio is publishing or about to resume. */
export function isOnAir(state: GoLiveState): boolean {
  return state === 'live' || state === 'reconnecting';
}
