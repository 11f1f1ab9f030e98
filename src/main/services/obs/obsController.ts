import {
  EventSubscription,
  OBSWebSocket,
  type OBSRequestTypes,
  type OBSResponseTypes,
} from 'obs-websocket-js';
import { StudioError, type ErrorCode } from '../../../shared/ipc/errors';
import type { ObsState, ObsStats } from '../../../shared/obs/obsState';
import type { EventHub } from '../../ipc/eventHub';
import type { Logger } from '../../logging/logger';
import { classifyConnectFailure, NoHelloError, requestFailure } from './obsErrors';
import { mirrorObsEvents, sceneListState } from './obsEvents';
import type { ObsPreferences, ObsPreferenceStore } from './obsPreferences';
import { ObsStatsSampler } from './obsStatsSampler';
import { reconnectPolicies, type ReconnectPolicy } from '../../../shared/connection/reconnectPolicy';

export interface ObsControllerOptions {
  events: EventHub;
  preferences: ObsPreferenceStore;
  logger: Logger;
  address(): string;
  password(): string | undefined;
  statsIntervalMs?: number;
  /** When to try again after OBS drops or is not running yet (reconnectPolicies.obs). */
  reconnect?: ReconnectPolicy;
}

const helloTimeoutMs = 5000;
const subscriptions =
  EventSubscription.General |
  EventSubscription.Scenes |
  EventSubscription.Outputs |
  EventSubscription.Transitions |
  EventSubscription.Ui;

/**
 * The studio's link to OBS Studio over obs-websocket 5. It sends no request
 * before OBS has identified the session (obs-websocket-js resolves `connect`
 * only then), re-reads everything after each (re)connect, keeps the scene list
 * live from OBS's events, and reconnects by itself with capped backoff. A
 * wrong password or a server that is not obs-websocket 5 stops the retries:
 * trying again cannot help until the producer changes something.
 */
export class ObsController {
  private socket: OBSWebSocket | undefined;
  /** Bumped on every (re)connect and teardown, so callbacks of an old socket are ignored. */
  private generation = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private statsTimer: ReturnType<typeof setInterval> | undefined;
  private readonly sampler = new ObsStatsSampler();
  private readonly fixedTransitions = new Set<string>();
  private preferences: ObsPreferences;
  private current: ObsState;
  private lastStats: ObsStats | null = null;

  constructor(private readonly options: ObsControllerOptions) {
    this.preferences = options.preferences.load();
    this.current = {
      status: 'off',
      failure: null,
      address: options.address(),
      attempt: 0,
      retryAt: null,
      obsWebSocketVersion: null,
      scenes: [],
      program: null,
      preview: null,
      studioMode: false,
      transitions: [],
      transition: null,
      transitionMs: 0,
      streaming: 'stopped',
      recording: 'stopped',
      lastRecording: null,
      pins: this.preferences.pins,
      sceneLinks: this.preferences.sceneLinks,
    };
  }

  state(): ObsState {
    return this.current;
  }

  stats(): ObsStats | null {
    return this.lastStats;
  }

  /** At studio start: connect if the producer left OBS connected last time. */
  start(): void {
    if (this.preferences.enabled) this.open();
  }

  /** Connects now with the current address and password (again, if already connected). */
  connect(): ObsState {
    this.savePreferences({ enabled: true });
    this.open();
    return this.current;
  }

  disconnect(): ObsState {
    this.savePreferences({ enabled: false });
    this.teardown();
    this.update({ status: 'off', failure: null, attempt: 0, retryAt: null });
    return this.current;
  }

  close(): void {
    this.teardown();
  }

  async setProgramScene(sceneName: string): Promise<void> {
    this.requireScene(sceneName);
    await this.call('SetCurrentProgramScene', { sceneName });
  }

  async setPreviewScene(sceneName: string): Promise<void> {
    this.requireScene(sceneName);
    await this.call('SetCurrentPreviewScene', { sceneName });
  }

  /** Studio mode: takes the preview scene to program with the current transition. */
  async transitionToProgram(): Promise<void> {
    await this.call('TriggerStudioModeTransition');
  }

  async setStudioMode(enabled: boolean): Promise<void> {
    await this.call('SetStudioModeEnabled', { studioModeEnabled: enabled });
  }

  async setTransition(name: string, durationMs: number): Promise<void> {
    await this.call('SetCurrentSceneTransition', { transitionName: name });
    if (!this.fixedTransitions.has(name)) {
      await this.call('SetCurrentSceneTransitionDuration', { transitionDuration: Math.max(50, durationMs) });
    }
  }

  async setStreaming(on: boolean): Promise<void> {
    await this.call(on ? 'StartStream' : 'StopStream');
  }

  async setRecording(on: boolean): Promise<void> {
    await this.call(on ? 'StartRecord' : 'StopRecord');
  }

  setPins(pins: string[]): ObsState {
    this.savePreferences({ pins });
    this.update({ pins });
    return this.current;
  }

  linkScene(studioSceneId: string, obsScene: string | null): ObsState {
    const others = Object.entries(this.preferences.sceneLinks).filter(([id]) => id !== studioSceneId);
    const sceneLinks = Object.fromEntries(
      obsScene === null ? others : [...others, [studioSceneId, obsScene]],
    );
    this.savePreferences({ sceneLinks });
    this.update({ sceneLinks });
    return this.current;
  }

  private open(): void {
    this.teardown();
    this.update({
      status: 'connecting',
      failure: null,
      attempt: 0,
      retryAt: null,
      address: this.options.address(),
    });
    void this.attempt(this.generation);
  }

  private async attempt(generation: number): Promise<void> {
    const socket = new OBSWebSocket();
    this.socket = socket;
    const address = this.options.address();
    // A socket that opens but never hears Hello is not obs-websocket 5; one that never opens is unreachable.
    let opened = false;
    socket.once('ConnectionOpened', () => {
      opened = true;
    });
    try {
      const hello = await withTimeout(
        socket.connect(address, this.options.password(), {
          rpcVersion: 1,
          eventSubscriptions: subscriptions,
        }),
        helloTimeoutMs,
        () => (opened ? new NoHelloError(helloTimeoutMs) : new Error(`no answer from ${address}`)),
      );
      if (generation !== this.generation) return void socket.disconnect();
      this.listen(socket, generation);
      await this.resync(socket);
      if (generation !== this.generation) return;
      this.update({
        status: 'connected',
        failure: null,
        attempt: 0,
        retryAt: null,
        obsWebSocketVersion: hello.obsWebSocketVersion,
      });
      this.options.logger.info('OBS connected', { address, version: hello.obsWebSocketVersion });
      this.startStats(socket, generation);
    } catch (error) {
      void socket.disconnect().catch(() => undefined);
      if (generation !== this.generation) return;
      const failure = classifyConnectFailure(error);
      this.options.logger.warn('OBS connection failed', { address, failure, error: String(error) });
      if (failure === 'OBS_UNREACHABLE') this.retry(generation, failure);
      else this.update({ status: 'failed', failure, retryAt: null });
    }
  }

  private retry(generation: number, failure: ErrorCode): void {
    this.stopStats();
    const attempt = this.current.attempt + 1;
    const delay = (this.options.reconnect ?? reconnectPolicies.obs).delayMs(attempt - 1);
    if (delay === null) return this.update({ status: 'failed', failure, retryAt: null });
    this.update({ status: 'reconnecting', failure, attempt, retryAt: Date.now() + delay });
    this.retryTimer = setTimeout(() => {
      if (generation === this.generation) void this.attempt(generation);
    }, delay);
  }

  /** Everything the studio mirrors, read afresh: after a restart of OBS nothing old can be trusted. */
  private async resync(socket: OBSWebSocket): Promise<void> {
    const [list, studio, transitions, transition, stream, record] = await Promise.all([
      socket.call('GetSceneList'),
      socket.call('GetStudioModeEnabled'),
      socket.call('GetSceneTransitionList'),
      socket.call('GetCurrentSceneTransition'),
      socket.call('GetStreamStatus'),
      socket.call('GetRecordStatus'),
    ]);
    this.fixedTransitions.clear();
    for (const t of transitions.transitions) {
      if (t['transitionFixed'] === true) this.fixedTransitions.add(String(t['transitionName']));
    }
    this.update({
      ...sceneListState(list),
      studioMode: studio.studioModeEnabled,
      transitions: transitions.transitions.map((t) => String(t['transitionName'])),
      transition: transition.transitionName,
      transitionMs: transition.transitionDuration ?? 0,
      streaming: stream.outputReconnecting ? 'reconnecting' : stream.outputActive ? 'active' : 'stopped',
      recording: record.outputActive ? 'active' : 'stopped',
    });
  }

  private listen(socket: OBSWebSocket, generation: number): void {
    mirrorObsEvents(socket, {
      live: () => generation === this.generation,
      state: () => this.current,
      update: (change) => this.update(change),
      followRename: (from, to) => this.followRename(from, to),
      connectionLost: () => this.retry(generation, 'OBS_UNREACHABLE'),
      logger: this.options.logger,
    });
  }

  /** Pins and links follow a scene renamed in OBS. */
  private followRename(from: string, to: string): void {
    const pins = this.preferences.pins.map((p) => (p === from ? to : p));
    const sceneLinks = Object.fromEntries(
      Object.entries(this.preferences.sceneLinks).map(([id, name]) => [id, name === from ? to : name]),
    );
    this.savePreferences({ pins, sceneLinks });
    this.update({
      pins,
      sceneLinks,
      program: this.current.program === from ? to : this.current.program,
      preview: this.current.preview === from ? to : this.current.preview,
    });
  }

  private startStats(socket: OBSWebSocket, generation: number): void {
    this.stopStats();
    this.sampler.reset();
    const sample = async (): Promise<void> => {
      const [stats, stream, record] = await Promise.all([
        socket.call('GetStats'),
        socket.call('GetStreamStatus'),
        socket.call('GetRecordStatus'),
      ]);
      if (generation !== this.generation) return;
      this.lastStats = this.sampler.next(Date.now(), stats, stream, record);
      this.options.events.emit('obs:onStats', this.lastStats);
    };
    const run = (): void => void sample().catch(() => undefined);
    run();
    this.statsTimer = setInterval(run, this.options.statsIntervalMs ?? 2000);
  }

  private stopStats(): void {
    clearInterval(this.statsTimer);
    this.statsTimer = undefined;
  }

  private teardown(): void {
    this.generation++;
    clearTimeout(this.retryTimer);
    this.stopStats();
    const socket = this.socket;
    this.socket = undefined;
    void socket?.disconnect().catch(() => undefined);
    this.lastStats = null;
  }

  private async call<R extends keyof OBSRequestTypes>(
    request: R,
    data?: OBSRequestTypes[R],
  ): Promise<OBSResponseTypes[R]> {
    const socket = this.socket;
    if (this.current.status !== 'connected' || !socket) {
      throw new StudioError('OBS_NOT_CONNECTED', `${request}: OBS is not connected`);
    }
    try {
      return await socket.call(request, data);
    } catch (error) {
      throw requestFailure(request, error);
    }
  }

  private requireScene(sceneName: string): void {
    if (this.current.status === 'connected' && !this.current.scenes.includes(sceneName)) {
      throw new StudioError('OBS_SCENE_MISSING', `no OBS scene ${sceneName}`);
    }
  }

  private savePreferences(change: Partial<ObsPreferences>): void {
    this.preferences = { ...this.preferences, ...change };
    this.options.preferences.save(this.preferences);
  }

  private update(change: Partial<ObsState>): void {
    this.current = { ...this.current, ...change };
    this.options.events.emit('obs:onState', this.current);
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, timeoutError: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(timeoutError()), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
