import type { ErrorCode } from '../../../shared/ipc/errors';
import { nextGoLiveState, type GoLiveEvent, type GoLiveState } from '../../../shared/live/goLive';
import { call, StudioCallError } from '../../ipc/studio';
import { readLiveHealth, type LiveHealth } from './liveHealth';

export interface LiveSnapshot {
  state: GoLiveState;
  error?: ErrorCode;
  /** Figures of the show going out, while on air. */
  health?: LiveHealth;
}

export interface GoLiveOptions {
  url: string;
  room: string;
  identity: string;
  video: MediaStreamTrack;
  audio: MediaStreamTrack | undefined;
  output: { height: number; fps: number };
}

/**
 * Publishes the program (the compositor's video and the mixed sound) to a
 * LiveKit room with livekit-client, following the go-live state machine.
 * livekit-client is loaded on the first "Go live", not at studio start.
 * The compositor and the backup recording never depend on it: a dropped
 * network changes only this state.
 */
export class LivePublisher {
  private room: import('livekit-client').Room | undefined;
  private snapshot: LiveSnapshot = { state: 'offline' };
  private healthTimer: ReturnType<typeof setInterval> | undefined;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LiveSnapshot => this.snapshot;

  async goLive(options: GoLiveOptions): Promise<void> {
    if (this.snapshot.state !== 'offline' && this.snapshot.state !== 'failed') return;
    this.dispatch({ type: 'goLive' });
    let lk: typeof import('livekit-client') | undefined;
    try {
      let token: string;
      [lk, { token }] = await Promise.all([
        import('livekit-client'),
        call('live:createToken', { room: options.room, identity: options.identity, role: 'host' }),
      ]);
      const { Room, RoomEvent, Track, VideoPresets } = lk;
      const room = new Room({ dynacast: true, adaptiveStream: false, disconnectOnPageLeave: true });
      this.room = room;
      room.on(RoomEvent.Reconnecting, () => this.dispatch({ type: 'connectionLost' }));
      room.on(RoomEvent.Reconnected, () => this.dispatch({ type: 'reconnected' }));
      room.on(RoomEvent.Disconnected, () => {
        if (this.room !== room) return;
        this.room = undefined;
        if (this.snapshot.state === 'ending') this.dispatch({ type: 'ended' });
        else this.dispatch({ type: 'failed', error: 'LIVE_UNREACHABLE' });
      });
      await room.connect(options.url, token);
      const { height, fps } = options.output;
      await room.localParticipant.publishTrack(options.video, {
        name: 'program',
        source: Track.Source.Camera,
        simulcast: true,
        videoEncoding: { maxBitrate: height >= 1080 ? 4_500_000 : 2_500_000, maxFramerate: fps },
        videoSimulcastLayers: [VideoPresets.h360, VideoPresets.h720].filter((p) => p.height < height),
        degradationPreference: 'maintain-framerate',
      });
      if (options.audio) {
        await room.localParticipant.publishTrack(options.audio, {
          name: 'program-audio',
          source: Track.Source.Microphone,
          dtx: false,
          red: true,
        });
      }
      this.dispatch({ type: 'connected' });
      this.watchHealth(room);
    } catch (error) {
      const room = this.room;
      this.room = undefined;
      void room?.disconnect();
      this.dispatch({ type: 'failed', error: classify(error, lk) });
    }
  }

  async end(): Promise<void> {
    const room = this.room;
    this.dispatch({ type: 'end' });
    if (!room) return this.dispatch({ type: 'ended' });
    await room.disconnect();
    if (this.snapshot.state === 'ending') this.dispatch({ type: 'ended' });
  }

  /** Samples the program sender's statistics each second while the room lasts. */
  private watchHealth(room: import('livekit-client').Room): void {
    clearInterval(this.healthTimer);
    let previous: { at: number; bytes: number } | undefined;
    this.healthTimer = setInterval(() => {
      if (this.room !== room) return clearInterval(this.healthTimer);
      const video = [...room.localParticipant.videoTrackPublications.values()][0]?.track;
      void video?.getRTCStatsReport().then((report) => {
        if (!report || this.room !== room) return;
        const { health, sample } = readLiveHealth(
          report,
          previous,
          performance.now(),
          room.remoteParticipants.size,
        );
        previous = sample;
        this.snapshot = { ...this.snapshot, health };
        this.notify();
      });
    }, 1000);
  }

  private dispatch(event: GoLiveEvent): void {
    const state = nextGoLiveState(this.snapshot.state, event);
    const onAir = state === 'live' || state === 'reconnecting';
    this.snapshot = {
      state,
      error: event.type === 'failed' ? event.error : undefined,
      health: onAir ? this.snapshot.health : undefined,
    };
    if (!onAir) clearInterval(this.healthTimer);
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * livekit-client's ConnectionError carries a reason: NotAllowed (401/403 on validation) is a
 * refused token. Compared by the enum's value: its `reasonName` string is not reliable in bundles.
 */
function classify(error: unknown, lk: typeof import('livekit-client') | undefined): ErrorCode {
  if (error instanceof StudioCallError) return error.error.code;
  if (lk && error instanceof lk.ConnectionError && error.reason === lk.ConnectionErrorReason.NotAllowed) {
    return 'LIVE_NOT_ALLOWED';
  }
  return 'LIVE_UNREACHABLE';
}
