import { EventEmitter } from 'node:events';
import * as livekit from 'livekit-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exponentialBackoff } from '../../../../src/shared/connection/reconnectPolicy';
import { StudioCallError } from '../../../../src/renderer/ipc/studio';
import { LivePublisher, type GoLiveOptions } from '../../../../src/renderer/media/live/livePublisher';
import type { LivePublisherDeps } from '../../../../src/renderer/media/live/livePublisherDeps';

/**
 * A LiveKit room as far as the publisher sees it: joins, leaves, and says so with livekit-client's
 * own event names. `nextConnect` decides how each join goes.
 */
class FakeRoom extends EventEmitter {
  static made: FakeRoom[] = [];
  static nextConnect: (() => Promise<void>)[] = [];
  state: livekit.ConnectionState = livekit.ConnectionState.Disconnected;
  readonly localParticipant = Object.assign(new EventEmitter(), {
    connectionQuality: livekit.ConnectionQuality.Good,
    videoTrackPublications: new Map(),
    audioTrackPublications: new Map(),
    publishData: vi.fn(async () => undefined),
  });
  readonly remoteParticipants = new Map();
  readonly joined: string[] = [];

  constructor() {
    super();
    FakeRoom.made.push(this);
  }

  async connect(url: string, token: string): Promise<void> {
    this.joined.push(`${url} ${token}`);
    await (FakeRoom.nextConnect.shift() ?? (async () => undefined))();
    this.state = livekit.ConnectionState.Connected;
  }

  async disconnect(): Promise<void> {
    if (this.state === livekit.ConnectionState.Disconnected) return;
    this.state = livekit.ConnectionState.Disconnected;
    this.emit(livekit.RoomEvent.Disconnected);
  }

  /** The server is gone and livekit-client has given up its own retries. */
  drop(): void {
    this.state = livekit.ConnectionState.Disconnected;
    this.emit(livekit.RoomEvent.Disconnected);
  }

  registerTextStreamHandler(): void {}
  unregisterTextStreamHandler(): void {}
}

const show: GoLiveOptions = {
  identity: 'studio',
  mode: 'show',
  video: { id: 'program-video' } as MediaStreamTrack,
  audio: undefined,
  encoding: { top: { width: 1280, height: 720, maxBitrate: 2_500_000, maxFramerate: 30 }, simulcast: [] },
  codec: 'vp8',
};

/** Lets the publisher's awaited steps (a token, a join, a publish) run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the live publisher’s lifecycle', () => {
  let now: number;
  let deps: LivePublisherDeps;
  let tokens: number;
  let logged: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    FakeRoom.made = [];
    FakeRoom.nextConnect = [];
    now = 0;
    tokens = 0;
    logged = [];
    deps = {
      fetchJoin: vi.fn(async () => ({ serverUrl: 'wss://live.example', token: `token-${++tokens}` })),
      loadLiveKit: async () => ({ ...livekit, Room: FakeRoom }) as unknown as typeof livekit,
      publishing: {
        publish: vi.fn(async () => []),
        hold: vi.fn(() => () => undefined),
        release: vi.fn(async () => undefined),
      },
      reconnect: exponentialBackoff({ firstMs: 1000, maxMs: 4000 }),
      now: () => now,
      log: {
        info: (_scope, message) => void logged.push(message),
        warn: (_scope, message) => void logged.push(message),
      },
      variantPublished: vi.fn(),
    };
  });
  afterEach(() => vi.useRealTimers());

  it('prepares a standby held back in the room, and "Go live" only releases it', async () => {
    const live = new LivePublisher(deps);
    live.prepare(show);
    await settle();
    expect(live.getSnapshot()).toMatchObject({ state: 'offline', prepared: true });
    expect(deps.publishing.publish).toHaveBeenCalledWith(expect.any(FakeRoom), expect.anything(), show, {
      muted: true,
    });
    await live.goLive(show);
    expect(live.getSnapshot()).toMatchObject({ state: 'live', prepared: false });
    expect(FakeRoom.made).toHaveLength(1); // no second join
    expect(deps.publishing.release).toHaveBeenCalledTimes(1);
    expect(logged).toEqual(['standby ready', 'show connecting', 'show live']);
  });

  it('renews a standby before its token is too old, leaving the old room', async () => {
    const live = new LivePublisher(deps);
    live.prepare(show);
    await settle();
    now = 8 * 60_000;
    await vi.advanceTimersByTimeAsync(8 * 60_000);
    expect(FakeRoom.made).toHaveLength(2);
    expect(FakeRoom.made[0]?.state).toBe(livekit.ConnectionState.Disconnected);
    expect(FakeRoom.made[1]?.joined).toEqual(['wss://live.example token-2']);
    expect(live.getSnapshot().prepared).toBe(true);
  });

  it('joins afresh when the standby was made for another picture', async () => {
    const live = new LivePublisher(deps);
    live.prepare(show);
    await settle();
    const other = { ...show, video: { id: 'rebuilt-program' } as MediaStreamTrack };
    await live.goLive(other);
    expect(FakeRoom.made).toHaveLength(2);
    expect(FakeRoom.made[0]?.state).toBe(livekit.ConnectionState.Disconnected);
    expect(deps.publishing.publish).toHaveBeenLastCalledWith(expect.any(FakeRoom), expect.anything(), other, {
      muted: false,
    });
    expect(live.getSnapshot().state).toBe('live');
  });

  it('rejoins after the room gives up, on the policy’s schedule, until the network is back', async () => {
    const live = new LivePublisher(deps);
    await live.goLive(show);
    const unreachable = () => Promise.reject(new Error('network down'));
    FakeRoom.nextConnect.push(unreachable, unreachable);
    FakeRoom.made[0]?.drop();
    expect(live.getSnapshot().state).toBe('reconnecting');
    // 1 s, then 2 s, then 4 s: two failed joins, the third gets in.
    await vi.advanceTimersByTimeAsync(999);
    expect(FakeRoom.made).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeRoom.made).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(FakeRoom.made).toHaveLength(3);
    expect(live.getSnapshot().state).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(4000);
    expect(FakeRoom.made).toHaveLength(4);
    expect(live.getSnapshot().state).toBe('live');
    expect(tokens).toBe(4); // a fresh token for each attempt
    expect(logged.filter((m) => m === 'rejoin failed; trying again')).toHaveLength(2);
  });

  it('stops rejoining when the token is refused, and says why', async () => {
    const live = new LivePublisher(deps);
    await live.goLive(show);
    FakeRoom.nextConnect.push(() => Promise.reject(livekit.ConnectionError.notAllowed('refused', 401)));
    FakeRoom.made[0]?.drop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(live.getSnapshot()).toMatchObject({ state: 'failed', error: 'LIVE_NOT_ALLOWED' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeRoom.made).toHaveLength(2); // no more attempts
  });

  it('gives up when the policy does', async () => {
    deps.reconnect = exponentialBackoff({ firstMs: 1000, maxMs: 1000, maxAttempts: 2 });
    const live = new LivePublisher(deps);
    await live.goLive(show);
    const unreachable = () => Promise.reject(new Error('network down'));
    FakeRoom.nextConnect.push(unreachable, unreachable, unreachable);
    FakeRoom.made[0]?.drop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeRoom.made).toHaveLength(3);
    expect(live.getSnapshot()).toMatchObject({ state: 'failed', error: 'LIVE_UNREACHABLE' });
  });

  it('ends a show while reconnecting: offline, and no attempt after', async () => {
    const live = new LivePublisher(deps);
    await live.goLive(show);
    FakeRoom.made[0]?.drop();
    await live.end();
    expect(live.getSnapshot().state).toBe('offline');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeRoom.made).toHaveLength(1);
  });

  it('reports a refused token from main by its code, and a prepare failure only when the host clicks', async () => {
    deps.fetchJoin = vi.fn(async () => {
      throw new StudioCallError({ code: 'LIVE_NOT_CONFIGURED', message: 'no secret' });
    });
    const live = new LivePublisher(deps);
    live.prepare(show);
    await settle();
    expect(live.getSnapshot()).toMatchObject({ state: 'offline', prepared: false });
    await live.goLive(show);
    expect(live.getSnapshot()).toMatchObject({ state: 'failed', error: 'LIVE_NOT_CONFIGURED' });
  });

  it('leaves the standby room for a rebuilt picture, and makes no new one by itself', async () => {
    const live = new LivePublisher(deps);
    live.prepare(show);
    await settle();
    live.leaveStandby();
    expect(FakeRoom.made[0]?.state).toBe(livekit.ConnectionState.Disconnected);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(FakeRoom.made).toHaveLength(1);
    expect(live.getSnapshot().prepared).toBe(false);
  });
});
