import type { ErrorCode } from '../../../shared/ipc/errors';
import { isOnAir, nextGoLiveState, type GoLiveEvent, type GoLiveState } from '../../../shared/live/goLive';
import type { PublishEncoding } from '../../../shared/live/qualityPresets';
import { decodeShowData, showTopics } from '../../../shared/live/showData';
import {
  ReceptionReports,
  receptionReportSchema,
  type ViewerReception,
} from '../../../shared/live/viewerReception';
import type { LiveRoomMode, LiveVideoCodec } from '../../../shared/settings/settings';
import { StudioCallError } from '../../ipc/studio';
import { LiveChat } from './liveChat';
import { LiveAudience } from './liveAudience';
import { showEvents } from './showEventSink';
import { LiveGuests } from './liveGuests';
import { readLiveHealth, type LiveHealth } from './liveHealth';
import { LiveShowData } from './liveShowData';
import { RoomVariants } from './roomVariants';
import { keyOf, standbyForMs, type Standby } from './liveStandby';
import type { HeldShow } from './programPublishing';
import { studioLivePublisherDeps, type LivePublisherDeps } from './livePublisherDeps';

type LiveKit = typeof import('livekit-client');
type Room = import('livekit-client').Room;
type RoomEvents = typeof import('livekit-client').RoomEvent;

/** The server's view of the studio's link, from LiveKit's connection quality updates. */
export type LinkQuality = 'excellent' | 'good' | 'poor' | 'lost' | 'unknown';

export interface LiveSnapshot {
  state: GoLiveState;
  error?: ErrorCode;
  /** Figures of the show going out, while on air. */
  health?: LiveHealth;
  quality: LinkQuality;
  /** A standby connection holds the program ready: "Go live" only has to release it. */
  prepared: boolean;
  /** What viewers say they get, while on air and once one has reported. */
  reception?: ViewerReception;
}

export interface ShowIdentity {
  identity: string;
  name?: string;
  mode: LiveRoomMode;
}

export interface GoLiveOptions extends ShowIdentity {
  video: MediaStreamTrack;
  audio: MediaStreamTrack | undefined;
  encoding: PublishEncoding;
  codec: LiveVideoCodec;
}

/**
 * Publishes the program (the compositor's video and the mixed sound) to a
 * LiveKit room with livekit-client, following the go-live state machine.
 * livekit-client is loaded on first use, not at studio start; `prepare()`
 * loads it, fetches the token and warms the connection before the click.
 * The compositor and the backup recording never depend on it: a dropped
 * network changes only this state.
 */
export class LivePublisher {
  readonly showData = new LiveShowData();
  private readonly reception = new ReceptionReports();
  readonly guests = new LiveGuests();
  readonly chat = new LiveChat();
  /** The room's viewers and their buy clicks, for the show's figures. */
  readonly audience = new LiveAudience(showEvents);
  /** Variant tracks the server restreams to destinations (Egress). */
  readonly variants = new RoomVariants((key, tracks) => this.deps.variantPublished(key, tracks));
  private room: Room | undefined;
  private standby: Standby | undefined;
  /** The show going out, for rejoining after the room gives up. */
  private show: GoLiveOptions | undefined;
  private snapshot: LiveSnapshot = { state: 'offline', quality: 'unknown', prepared: false };
  private healthTimer: ReturnType<typeof setInterval> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly deps: LivePublisherDeps;

  constructor(deps: Partial<LivePublisherDeps> = {}) {
    this.deps = { ...studioLivePublisherDeps, ...deps };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LiveSnapshot => this.snapshot;

  /**
   * Gets everything ready that can be ready before "Go live": the library, a
   * token, a connection to the room, and the program's tracks published there
   * but held back: muted, with nothing on their senders, so not one frame or
   * sample leaves the computer (viewer pages say the show starts soon). The
   * click then only releases them, and the first frame the encoder makes is a
   * key frame viewers can start from. Safe to call often; failures are left
   * for the click to report.
   */
  prepare(show: GoLiveOptions): void {
    const idle = this.snapshot.state === 'offline' || this.snapshot.state === 'failed';
    if (!idle || this.room || this.standbyFor(show)) return;
    this.closeStandby();
    let closed = false;
    let room: Room | undefined;
    const standby: Standby = {
      key: keyOf(show),
      at: this.deps.now(),
      close: () => {
        closed = true;
        void room?.disconnect();
      },
      ready: (async (): Promise<HeldShow | undefined> => {
        const [lk, join] = await Promise.all([this.deps.loadLiveKit(), this.deps.fetchJoin(show)]);
        if (closed) return undefined;
        const joined = newRoom(lk);
        room = joined;
        joined.once(lk.RoomEvent.Disconnected, () => {
          if (this.standby === standby) this.setStandby(undefined);
        });
        await joined.connect(join.serverUrl, join.token);
        // Viewers' pages offer the comment box under "The show starts soon" already.
        this.chat.attach(joined, lk.RoomEvent);
        const unhold = this.deps.publishing.hold(joined, lk);
        try {
          return {
            room: joined,
            tracks: await this.deps.publishing.publish(joined, lk, show, { muted: true }),
            unhold,
          };
        } catch (error) {
          unhold();
          throw error;
        }
      })().catch((error: unknown) => {
        this.deps.log.info('live', 'standby not prepared', { error: String(error) });
        void room?.disconnect();
        return undefined;
      }),
    };
    this.setStandby(standby);
    void standby.ready.then((held) => {
      if (!held || this.standby !== standby) return;
      this.update({ prepared: true });
      this.deps.log.info('live', 'standby ready', { waitedMs: Math.round(this.deps.now() - standby.at) });
    });
    // Renewed before it is too old to use, so the click always finds one.
    setTimeout(() => {
      if (this.standby !== standby) return;
      this.closeStandby();
      this.prepare(show);
    }, standbyForMs);
  }

  async goLive(options: GoLiveOptions): Promise<void> {
    if (this.snapshot.state !== 'offline' && this.snapshot.state !== 'failed') return;
    this.show = options;
    this.dispatch({ type: 'goLive' });
    let lk: LiveKit | undefined;
    try {
      lk = await this.deps.loadLiveKit();
      const standby = this.standbyFor(options);
      if (!standby) this.closeStandby();
      await this.connectAndPublish(lk, options, standby);
      this.dispatch({ type: 'connected' });
    } catch (error) {
      this.dispatch({ type: 'failed', error: classify(error, lk) });
    }
  }

  /** Releases the standby's held tracks, or joins and publishes afresh; then follows the room. */
  private async connectAndPublish(lk: LiveKit, options: GoLiveOptions, standby?: Standby): Promise<void> {
    this.setStandby(undefined);
    const held = await standby?.ready;
    let room: Room;
    if (held && held.room.state === lk.ConnectionState.Connected) {
      room = held.room;
      this.room = room;
      this.follow(room, lk);
      await this.deps.publishing.release(held);
    } else {
      standby?.close();
      const join = await this.deps.fetchJoin(options);
      room = newRoom(lk);
      try {
        await room.connect(join.serverUrl, join.token);
      } catch (error) {
        void room.disconnect();
        throw error;
      }
      this.room = room;
      this.follow(room, lk);
      try {
        await this.deps.publishing.publish(room, lk, options, { muted: false });
      } catch (error) {
        this.room = undefined;
        void room.disconnect();
        throw error;
      }
    }
    this.showData.attach(room, lk.RoomEvent);
    this.followReception(room, lk.RoomEvent);
    this.guests.follow(room, lk.RoomEvent);
    this.chat.attach(room, lk.RoomEvent);
    this.audience.attach(room, lk.RoomEvent);
    this.variants.attach(room, lk.RoomEvent);
    this.watchHealth(room);
  }

  /**
   * The room gave up (livekit-client stops retrying after about half a minute): the show is not
   * over until the host says so, so keep trying, a little less often each time, until the network
   * is back. A refused token ends the attempts: that needs the host.
   */
  private async rejoin(lk: LiveKit): Promise<void> {
    for (let attempt = 0; this.snapshot.state === 'reconnecting' && this.show; attempt++) {
      const delay = this.deps.reconnect.delayMs(attempt);
      if (delay === null) return this.dispatch({ type: 'failed', error: 'LIVE_UNREACHABLE' });
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (this.snapshot.state !== 'reconnecting' || !this.show) return;
      try {
        await this.connectAndPublish(lk, this.show);
      } catch (error) {
        const reason = classify(error, lk);
        if (reason === 'LIVE_NOT_ALLOWED') return this.dispatch({ type: 'failed', error: reason });
        this.deps.log.info('live', 'rejoin failed; trying again', { attempt, error: String(error) });
        continue;
      }
      if (this.snapshot.state === 'reconnecting') return this.dispatch({ type: 'connected' });
      // Ended meanwhile: leave again.
      const room = this.room;
      this.room = undefined;
      return void room?.disconnect();
    }
  }

  async end(): Promise<void> {
    this.show = undefined;
    const room = this.room;
    this.dispatch({ type: 'end' });
    if (!room) return this.dispatch({ type: 'ended' });
    await room.disconnect();
    if (this.snapshot.state === 'ending') this.dispatch({ type: 'ended' });
  }

  /** Leaves the standby room: it holds the tracks of a picture that is being rebuilt. */
  leaveStandby(): void {
    this.closeStandby();
  }

  /** The standby connection, when it was made for this show and recently enough. */
  private standbyFor(show: GoLiveOptions): Standby | undefined {
    const standby = this.standby;
    return standby && standby.key === keyOf(show) && this.deps.now() - standby.at < standbyForMs
      ? standby
      : undefined;
  }

  private closeStandby(): void {
    this.standby?.close();
    this.setStandby(undefined);
  }

  private setStandby(standby: Standby | undefined): void {
    this.standby = standby;
    if (this.snapshot.prepared) this.update({ prepared: false });
  }

  private update(patch: Partial<LiveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.notify();
  }

  private follow(room: Room, lk: LiveKit): void {
    const { RoomEvent, ConnectionQuality } = lk;
    room.on(RoomEvent.Reconnecting, () => this.dispatch({ type: 'connectionLost' }));
    room.on(RoomEvent.Reconnected, () => this.dispatch({ type: 'reconnected' }));
    room.on(RoomEvent.Disconnected, () => {
      if (this.room !== room) return;
      this.room = undefined;
      this.showData.detach();
      this.guests.clear();
      this.chat.detach();
      this.audience.detach();
      if (this.snapshot.state === 'ending') return this.dispatch({ type: 'ended' });
      if (!isOnAir(this.snapshot.state)) return this.dispatch({ type: 'failed', error: 'LIVE_UNREACHABLE' });
      // Still the show: the picture and the backup go on while the studio gets back in.
      this.dispatch({ type: 'connectionLost' });
      void this.rejoin(lk);
    });
    const known: Record<string, LinkQuality> = {
      [ConnectionQuality.Excellent]: 'excellent',
      [ConnectionQuality.Good]: 'good',
      [ConnectionQuality.Poor]: 'poor',
      [ConnectionQuality.Lost]: 'lost',
    };
    const rate = (quality: import('livekit-client').ConnectionQuality): void => {
      this.update({ quality: known[quality] ?? 'unknown' });
    };
    // A standby room may have had its rating before going live: start from it.
    rate(room.localParticipant.connectionQuality);
    room.on(RoomEvent.ConnectionQualityChanged, (quality, participant) => {
      if (participant === room.localParticipant) rate(quality);
    });
  }

  /** Viewer pages' reports of the picture they get (shared/live/viewerReception.ts). */
  private followReception(room: Room, events: RoomEvents): void {
    room.on(events.DataReceived, (payload, participant, _kind, topic) => {
      if (topic !== showTopics.reception || !participant) return;
      const report = decodeShowData(receptionReportSchema, payload);
      if (report) this.reception.add(participant.identity, report, Date.now());
    });
    room.on(events.ParticipantDisconnected, (participant) => this.reception.remove(participant.identity));
  }

  /** Samples the program sender's statistics each second while the room lasts. */
  private watchHealth(room: Room): void {
    clearInterval(this.healthTimer);
    let previous: { at: number; bytes: number } | undefined;
    this.healthTimer = setInterval(() => {
      if (this.room !== room) return clearInterval(this.healthTimer);
      const local = room.localParticipant;
      const track = [...local.videoTrackPublications.values(), ...local.audioTrackPublications.values()][0]
        ?.track;
      void track?.getRTCStatsReport().then((report) => {
        if (!report || this.room !== room) return;
        const { health, sample } = readLiveHealth(
          report,
          previous,
          this.deps.now(),
          room.remoteParticipants.size,
          track.kind === 'video' ? 'video' : 'audio',
        );
        previous = sample;
        this.update({ health, reception: this.reception.summary(Date.now()) });
      });
    }, 1000);
  }

  private dispatch(event: GoLiveEvent): void {
    const from = this.snapshot.state;
    const state = nextGoLiveState(from, event);
    if (state !== from) {
      const error = event.type === 'failed' ? event.error : null;
      this.deps.log[state === 'failed' ? 'warn' : 'info']('live', `show ${state}`, {
        from,
        event: event.type,
        error,
      });
    }
    const onAir = state === 'live' || state === 'reconnecting';
    this.snapshot = {
      state,
      error: event.type === 'failed' ? event.error : undefined,
      health: onAir ? this.snapshot.health : undefined,
      quality: onAir ? this.snapshot.quality : 'unknown',
      prepared: this.snapshot.prepared,
    };
    if (!onAir) {
      clearInterval(this.healthTimer);
      this.reception.clear();
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function newRoom(lk: LiveKit): Room {
  return new lk.Room({ dynacast: true, adaptiveStream: false, disconnectOnPageLeave: true });
}

/**
 * livekit-client's ConnectionError carries a reason: NotAllowed (401/403 on validation) is a
 * refused token. Compared by the enum's value: its `reasonName` string is not reliable in bundles.
 */
function classify(error: unknown, lk: LiveKit | undefined): ErrorCode {
  if (error instanceof StudioCallError) return error.error.code;
  if (lk && error instanceof lk.ConnectionError && error.reason === lk.ConnectionErrorReason.NotAllowed) {
    return 'LIVE_NOT_ALLOWED';
  }
  return 'LIVE_UNREACHABLE';
}
