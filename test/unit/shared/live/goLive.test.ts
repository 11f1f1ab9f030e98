import { describe, expect, it } from 'vitest';
import {
  isOnAir,
  nextGoLiveState,
  type GoLiveEvent,
  type GoLiveState,
} from '../../../../src/shared/live/goLive';

const run = (events: GoLiveEvent[], from: GoLiveState = 'offline'): GoLiveState[] => {
  const states: GoLiveState[] = [];
  let state = from;
  for (const event of events) {
    state = nextGoLiveState(state, event);
    states.push(state);
  }
  return states;
};

describe('go-live state machine', () => {
  it('goes live, rides out a network drop, and ends', () => {
    expect(
      run([
        { type: 'goLive' },
        { type: 'connected' },
        { type: 'connectionLost' },
        { type: 'reconnected' },
        { type: 'end' },
        { type: 'ended' },
      ]),
    ).toEqual(['connecting', 'live', 'reconnecting', 'live', 'ending', 'offline']);
  });

  it('fails, and can be tried again or dismissed', () => {
    expect(
      run([{ type: 'goLive' }, { type: 'failed', error: 'NETWORK_FAILED' }, { type: 'goLive' }]),
    ).toEqual(['connecting', 'failed', 'connecting']);
    expect(run([{ type: 'dismiss' }], 'failed')).toEqual(['offline']);
  });

  it('ignores events that mean nothing in a state', () => {
    expect(run([{ type: 'connected' }, { type: 'end' }, { type: 'connectionLost' }])).toEqual([
      'offline',
      'offline',
      'offline',
    ]);
    expect(nextGoLiveState('ending', { type: 'goLive' })).toBe('ending');
  });

  it('counts reconnecting as on air: viewers may still be watching', () => {
    expect(
      (['offline', 'connecting', 'live', 'reconnecting', 'ending', 'failed'] as const).filter(isOnAir),
    ).toEqual(['live', 'reconnecting']);
  });
});
