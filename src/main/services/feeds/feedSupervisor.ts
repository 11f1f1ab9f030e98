import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import type { Feed, FeedStatus } from '../../../shared/feeds/feed';
import { parseSps, nalType, nalTypes } from '../../../shared/feeds/h264';
import type { Logger } from '../../logging/logger';
import { AccessUnitSplitter, type AccessUnit } from './accessUnits';
import { ffmpegArgs, ioTimeoutSeconds } from './ffmpegArgs';
import { classifyFfmpegExit, inputVideoCodec } from './ffmpegFailure';
import type { FeedDecoderConfig } from '../../../shared/feeds/feedRelayWire';
import { reconnectPolicies, type ReconnectPolicy } from '../../../shared/connection/reconnectPolicy';

export interface ReceivedUnit extends AccessUnit {
  /** When main read it from ffmpeg, epoch ms. */
  receivedAt: number;
}

/** What the decoder worker is configured with (the relay's wire format). */
export type DecoderConfig = FeedDecoderConfig;

export interface FeedSupervisorOptions {
  feed: Feed;
  password: string | undefined;
  ffmpegPath: string;
  logger: Logger;
  onUnit(unit: ReceivedUnit): void;
  /** The decoder's configuration, whenever the stream's SPS changes it. */
  onConfig(config: DecoderConfig): void;
  /** A new ffmpeg process: the decoder must wait for the next key frame. */
  onReset(): void;
  onStatus(status: FeedStatus): void;
  /** When to start ffmpeg again after the camera drops (reconnectPolicies.feed). */
  reconnect?: ReconnectPolicy;
}

/** No picture for this long while ffmpeg runs: the camera is stalled (the slate is already up). */
const stallAfterMs = 1000;
/** ffmpeg's own socket timeout ends a dead connection; this catches any other hang. */
const killAfterSilentMs = (ioTimeoutSeconds + 2) * 1000;

/**
 * One camera, one ffmpeg: starts it, reads its H.264 access units, watches for
 * stalls, and restarts it with capped backoff when the camera drops, until
 * stopped. A wrong password, a stream without video or an unsupported source
 * stop the retries: only the producer can fix those.
 *
 * No stray processes: stop() ends ffmpeg (SIGTERM, then SIGKILL); if the
 * studio itself dies, ffmpeg's stdout pipe breaks and it exits on its next
 * write, and a silent connection ends by ffmpeg's own timeout.
 */
export class FeedSupervisor {
  private child: ChildProcessByStdio<null, Readable, Readable> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private tickTimer: ReturnType<typeof setInterval> | undefined;
  private stopped = true;
  private transcode = false;
  private fullProbe = false;
  private stderr = '';
  private config: DecoderConfig | undefined;
  private window = { frames: 0, bytes: 0, since: 0 };
  private current: FeedStatus;

  constructor(private readonly options: FeedSupervisorOptions) {
    this.current = {
      feedId: options.feed.id,
      state: 'idle',
      error: null,
      fps: 0,
      kbps: 0,
      width: null,
      height: null,
      codec: null,
      transcoding: false,
      lastFrameAt: null,
      attempt: 0,
    };
  }

  get status(): FeedStatus {
    return this.current;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.tickTimer = setInterval(() => this.tick(), 1000);
    this.launch();
  }

  /** Drops any wait and tries again now (the producer's "reconnect now"). */
  reconnectNow(): void {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.update({ attempt: 0 });
    void this.kill().then(() => {
      if (!this.stopped) this.launch();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.tickTimer);
    await this.kill();
    this.update({ state: 'idle', fps: 0, kbps: 0 });
  }

  private launch(): void {
    this.stderr = '';
    this.update({ state: this.current.attempt === 0 ? 'connecting' : 'reconnecting', fps: 0, kbps: 0 });
    const args = ffmpegArgs({
      feed: this.options.feed,
      password: this.options.password,
      transcode: this.transcode,
      fullProbe: this.fullProbe,
    });
    const child = spawn(this.options.ffmpegPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    this.child = child;
    this.options.onReset();
    this.options.logger.info('feed process started', {
      feed: this.options.feed.id,
      pid: child.pid,
      transcode: this.transcode,
      fullProbe: this.fullProbe,
    });
    const splitter = new AccessUnitSplitter();
    this.window = { frames: 0, bytes: 0, since: Date.now() };

    child.stdout.on('data', (chunk: Buffer) => {
      const receivedAt = Date.now();
      for (const unit of splitter.push(chunk)) this.receive({ ...unit, receivedAt });
    });
    child.stderr.on('data', (chunk: Buffer) => {
      // Keep the head (stream info) and the tail (the final error); drop the progress in between.
      const all = this.stderr + chunk.toString();
      this.stderr = all.length <= 8000 ? all : all.slice(0, 6000) + all.slice(-2000);
      if (this.current.codec === null) {
        const codec = inputVideoCodec(this.stderr);
        if (codec) this.update({ codec });
      }
    });
    child.once('error', (error) => {
      this.options.logger.error('ffmpeg could not start', {
        path: this.options.ffmpegPath,
        error: String(error),
      });
      if (this.child === child) this.child = undefined;
      this.fail('FEED_NO_FFMPEG', false);
    });
    child.once('close', (code, signal) => {
      if (this.child !== child) return; // a process we ended on purpose
      this.child = undefined;
      if (this.stopped) return;
      const codec = inputVideoCodec(this.stderr);
      if (!this.transcode && codec !== undefined && codec !== 'h264') {
        // Not H.264: copy cannot work; go again at once, re-encoding.
        this.transcode = true;
        this.update({ codec, transcoding: true });
        this.launch();
        return;
      }
      const failure = classifyFfmpegExit(this.stderr);
      if (failure.code === 'FEED_UNSUPPORTED' && !this.fullProbe) {
        // Unreadable without probing (an MJPEG camera, say): go again at once, probing first.
        this.fullProbe = true;
        this.launch();
        return;
      }
      this.options.logger.warn('feed process ended', {
        feed: this.options.feed.id,
        code,
        signal,
        failure: failure.code,
        detail: this.stderr.trim().split('\n').slice(-2).join(' | '),
      });
      this.fail(failure.code, failure.retry);
    });
  }

  private receive(unit: ReceivedUnit): void {
    const sps = unit.key ? unit.nals.find((nal) => nalType(nal[0] ?? 0) === nalTypes.sps) : undefined;
    const info = sps ? parseSps(sps) : undefined;
    if (
      info &&
      (info.codec !== this.config?.codec ||
        info.width !== this.config.width ||
        info.height !== this.config.height)
    ) {
      this.config = info;
      this.options.onConfig(info);
    }
    this.window.frames++;
    this.window.bytes += unit.data.byteLength;
    const becameLive = this.current.state !== 'live';
    this.current = {
      ...this.current,
      lastFrameAt: unit.receivedAt,
      width: this.config?.width ?? null,
      height: this.config?.height ?? null,
    };
    if (becameLive) this.update({ state: 'live', error: null, attempt: 0 });
    this.options.onUnit(unit);
  }

  /** Once a second: rates, stall detection, and the watchdog. */
  private tick(): void {
    const now = Date.now();
    const seconds = Math.max(0.001, (now - this.window.since) / 1000);
    const fps = Math.round((this.window.frames / seconds) * 10) / 10;
    const kbps = Math.round((this.window.bytes * 8) / 1000 / seconds);
    this.window = { frames: 0, bytes: 0, since: now };
    const silentFor = now - (this.current.lastFrameAt ?? now);
    if (this.child && (this.current.state === 'live' || this.current.state === 'stalled')) {
      if (silentFor >= killAfterSilentMs) {
        this.options.logger.warn('feed silent; restarting ffmpeg', { feed: this.options.feed.id, silentFor });
        void this.kill().then(() => this.fail('FEED_UNREACHABLE', true));
        return;
      }
      this.update({ fps, kbps, state: silentFor >= stallAfterMs ? 'stalled' : 'live' });
      return;
    }
    this.update({ fps, kbps });
  }

  private fail(error: FeedStatus['error'], retry: boolean): void {
    if (this.stopped) return;
    if (!retry) {
      this.update({ state: 'failed', error, fps: 0, kbps: 0 });
      return;
    }
    const attempt = this.current.attempt + 1;
    const delay = (this.options.reconnect ?? reconnectPolicies.feed).delayMs(attempt - 1);
    if (delay === null) return this.update({ state: 'failed', error, fps: 0, kbps: 0 });
    this.update({ state: 'reconnecting', error, attempt, fps: 0, kbps: 0 });
    this.retryTimer = setTimeout(() => {
      if (!this.stopped) this.launch();
    }, delay);
  }

  private async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
    child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), 1000);
    await closed;
    clearTimeout(force);
  }

  private update(change: Partial<FeedStatus>): void {
    this.current = { ...this.current, ...change };
    this.options.onStatus(this.current);
  }
}
