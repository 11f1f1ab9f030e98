import { reconnectPolicies, type ReconnectPolicy } from '../../../shared/connection/reconnectPolicy';
import { log } from '../../ipc/log';
import { call } from '../../ipc/studio';
import type { ShowIdentity } from './livePublisher';
import { holdSenders, publishProgram, releaseHeld } from './programPublishing';

type LiveKit = typeof import('livekit-client');

/** How the program is put into a room and held back (programPublishing.ts). */
export interface ProgramPublishing {
  publish: typeof publishProgram;
  hold: typeof holdSenders;
  release: typeof releaseHeld;
}

/**
 * What the publisher works with, passed in (as livekit client-sdk-js managers take theirs) so its
 * lifecycle can be tested with a fake room and fake timers; the defaults are the studio's own.
 */
export interface LivePublisherDeps {
  /** The studio's join for the show (server and token): main mints it or asks the token endpoint. */
  fetchJoin(show: ShowIdentity): Promise<{ serverUrl: string; token: string }>;
  /** livekit-client, loaded on first use rather than at studio start. */
  loadLiveKit(): Promise<LiveKit>;
  publishing: ProgramPublishing;
  /** When to rejoin once livekit-client has given up on the room. */
  reconnect: ReconnectPolicy;
  /** Milliseconds, monotonic: how old a standby is. */
  now(): number;
  log: Pick<typeof log, 'info' | 'warn'>;
  /** A restreamed variant's track is in the room: main asks the server's Egress to send it on. */
  variantPublished(key: string, tracks: { video: string; audio: string | null }): void;
}

export const studioLivePublisherDeps: LivePublisherDeps = {
  fetchJoin: (show) => call('live:createToken', { identity: show.identity, name: show.name, role: 'host' }),
  loadLiveKit: () => import('livekit-client'),
  publishing: { publish: publishProgram, hold: holdSenders, release: releaseHeld },
  reconnect: reconnectPolicies.liveRoom,
  now: () => performance.now(),
  log,
  variantPublished: (key, tracks) =>
    void call('outputs:variantInRoom', {
      key,
      videoTrackSid: tracks.video,
      audioTrackSid: tracks.audio,
    }).catch((error: unknown) =>
      log.warn('outputs', 'restream not started', { variant: key, error: String(error) }),
    ),
};
