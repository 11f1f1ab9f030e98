import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { offStatus, type DestinationStatus } from '../../../shared/outputs/outputStatus';
import { reconnectPolicies, type ReconnectPolicy } from '../../../shared/connection/reconnectPolicy';
import type { Logger } from '../../logging/logger';
import { DestinationMuxer } from './destinationMuxer';
import { ProgressReader, type OutputProgress } from './ffmpegProgress';
import { loggableUrl, outputArgs, type OutputTarget } from './outputArgs';
import { classifyOutputExit } from './outputFailure';
import type { VariantFeed } from './variantIngest';

export interface DestinationRunnerOptions {
  /** Read at each launch, so a key changed between retries is used. */
  target: () => OutputTarget;
  feed: VariantFeed;
  ffmpegPath: string;
  logger: Logger;
  testing: boolean;
  onStatus(status: DestinationStatus): void;
  reconnect?: ReconnectPolicy;
  now?: () => number;
}

/** No packet from the window's encoder for this long while live: restart once media is back. */
const mediaStallMs = 5000;
/** How long a destination waits for the window's audio configuration after its video's. */
const audioWaitMs = 1000;
/** ffmpeg asked to stop gets this long to flush before SIGKILL. */
const killAfterMs = 2000;

type Child = ChildProcessByStdio<Writable, Readable, Readable>;

/**
 * One destination, one ffmpeg at a time: waits for its variant's encoder, starts ffmpeg from
 * a key frame, reports health from ffmpeg's progress, and when the ingest drops starts a new
 * ffmpeg after the shared reconnect policy's delay, only once the old one has exited, so the
 * platform never sees two broadcasts. A refused key, a TLS failure or a bad address stop it:
 * retrying those cannot help.
 */
export class DestinationRunner {
  private child: Child | undefined;
  private exited: Promise<void> = Promise.resolve();
  private muxer: DestinationMuxer | undefined;
  private unsubscribe: (() => void) | undefined;
  private stopConfigWait: (() => void) | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private tickTimer: ReturnType<typeof setInterval> | undefined;
  private stopped = true;
  private stderr = '';
  private mediaFlowed = false;
  private attempt = 0;
  private lastProgress: { frame: number; bytes: number; at: number } | undefined;
  private droppedBefore = 0;
  private current: DestinationStatus;
  private readonly now: () => number;

  constructor(
    readonly destinationId: string,
    private readonly options: DestinationRunnerOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.current = { ...offStatus(destinationId), testing: options.testing };
  }

  get status(): DestinationStatus {
    return this.current;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.update({ state: 'connecting', error: null });
    this.tickTimer = setInterval(() => this.tick(), 1000);
    this.launchWhenEncoded();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.tickTimer);
    this.stopConfigWait?.();
    await this.kill();
    this.update({ state: 'off', kbps: 0, fps: 0, liveSince: null });
  }

  /**
   * Starts ffmpeg once the variant's encoder has described its video and its sound; a window
   * with no sound yet (its audio not running) gets silence after a moment rather than no show.
   */
  private launchWhenEncoded(): void {
    const ready = (): boolean => {
      const { feed } = this.options;
      return (
        feed.video !== undefined &&
        (feed.audio !== undefined || Date.now() - feed.videoConfiguredAt >= audioWaitMs)
      );
    };
    const go = (): void => {
      if (this.stopped || this.child || !ready()) return;
      this.stopConfigWait?.();
      this.stopConfigWait = undefined;
      this.launch();
    };
    if (ready()) return go();
    const offConfig = this.options.feed.onConfig(go);
    const poll = setInterval(go, 100);
    this.stopConfigWait = () => {
      offConfig();
      clearInterval(poll);
    };
  }

  private launch(): void {
    const configs = this.options.feed.configs;
    if (!configs || this.stopped) return;
    const target = this.options.target();
    this.stderr = '';
    this.mediaFlowed = false;
    this.lastProgress = undefined;
    const child = spawn(this.options.ffmpegPath, outputArgs(target), {
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    this.child = child;
    this.options.logger.info('output process started', {
      destination: this.destinationId,
      pid: child.pid,
      url: loggableUrl(target),
      attempt: this.attempt,
    });
    const muxer = new DestinationMuxer(child.stdin, configs, (error) => {
      this.options.logger.warn('output muxer stopped', {
        destination: this.destinationId,
        error: String(error),
      });
      child.kill('SIGTERM');
    });
    this.muxer = muxer;
    this.unsubscribe = this.options.feed.subscribe((packet) => muxer.push(packet));
    const progress = new ProgressReader((p) => this.progressed(p));
    child.stdout.on('data', (chunk: Buffer) => progress.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      // The head (the streams) and the tail (the final error) are what tell a failure apart.
      const all = this.stderr + chunk.toString();
      this.stderr = all.length <= 8000 ? all : all.slice(0, 4000) + all.slice(-4000);
    });
    this.exited = new Promise<void>((resolve) => {
      child.once('error', (error) => {
        this.stderr += `\n${error.message}`;
        this.options.logger.error('output process could not start', { error: error.message });
      });
      child.once('close', (code, signal) => {
        this.ended(child, code, signal);
        resolve();
      });
    });
  }

  private progressed(p: OutputProgress): void {
    const at = this.now();
    if (p.frame > 0 && !this.mediaFlowed) {
      this.mediaFlowed = true;
      this.attempt = 0;
      this.options.logger.info('output live', { destination: this.destinationId });
      this.update({ state: 'live', error: null, liveSince: at });
    }
    // ffmpeg's own fps and bitrate average over the whole run; the chips show the last second's.
    const last = this.lastProgress;
    this.lastProgress = { frame: p.frame, bytes: p.totalBytes, at };
    const seconds = last ? (at - last.at) / 1000 : 0;
    this.update({
      ...(seconds > 0.2 && {
        fps: Math.round(((p.frame - (last?.frame ?? 0)) / seconds) * 10) / 10,
        kbps: Math.round(((p.totalBytes - (last?.bytes ?? 0)) * 8) / 1000 / seconds),
      }),
      droppedFrames: this.droppedBefore + (this.muxer?.droppedFrames ?? 0) + p.droppedFrames,
    });
  }

  private ended(child: Child, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child) return;
    this.child = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.droppedBefore += this.muxer?.droppedFrames ?? 0;
    this.muxer?.close();
    this.muxer = undefined;
    if (this.stopped) return;
    const spawnFailed = /spawn .*ENOENT/.test(this.stderr);
    const failure = spawnFailed
      ? { code: 'OUTPUT_NO_FFMPEG' as const, retry: false }
      : classifyOutputExit(this.stderr, this.mediaFlowed);
    this.options.logger.warn('output process ended', {
      destination: this.destinationId,
      code,
      signal,
      error: failure.code,
      tail: this.stderr.slice(-300),
    });
    const wasLive = this.mediaFlowed;
    if (!failure.retry) {
      this.stopped = true;
      clearInterval(this.tickTimer);
      this.update({ state: 'failed', error: failure.code, kbps: 0, fps: 0, liveSince: null });
      return;
    }
    const delay = (this.options.reconnect ?? reconnectPolicies.output).delayMs(this.attempt++);
    this.update({
      state: delay === null ? 'failed' : 'reconnecting',
      error: failure.code,
      kbps: 0,
      fps: 0,
      liveSince: null,
      reconnects: this.current.reconnects + (wasLive ? 1 : 0),
    });
    if (delay === null) return;
    this.retryTimer = setTimeout(() => this.launchWhenEncoded(), delay);
  }

  private tick(): void {
    const { feed } = this.options;
    // Wall time, as the feed stamps packets: a show's simulated clock is no measure of a stall.
    if (this.child && this.mediaFlowed && Date.now() - feed.lastPacketAt > mediaStallMs) {
      this.options.logger.warn('output media stalled', { destination: this.destinationId });
      this.stderr += '\npipe:0 stalled';
      this.child.kill('SIGTERM');
    }
  }

  private async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    this.unsubscribe?.();
    this.muxer?.close();
    child.stdin.end();
    child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    await this.exited;
    clearTimeout(force);
  }

  private update(patch: Partial<DestinationStatus>): void {
    this.current = { ...this.current, ...patch };
    this.options.onStatus(this.current);
  }
}
