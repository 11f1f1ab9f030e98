import { StudioError, type ErrorCode } from '../../../shared/ipc/errors';
import type {
  Destination,
  DestinationInfo,
  DestinationSaveRequest,
} from '../../../shared/outputs/destination';
import {
  offStatus,
  variantKey,
  type DestinationStatus,
  type OutputsState,
  type OutputVariant,
} from '../../../shared/outputs/outputStatus';
import { platformPresets } from '../../../shared/outputs/platformPresets';
import type { EventHub } from '../../ipc/eventHub';
import type { Logger } from '../../logging/logger';
import type { SecretStore } from '../secrets/secretStore';
import type { StudioDatabase } from '../store/database';
import { DestinationRunner } from './destinationRunner';
import { DestinationStore } from './destinationStore';
import { VariantIngest } from './variantIngest';
import { EgressRestreams, type EgressServer } from './egressRestreams';
import { publishUrl } from './outputArgs';

export interface OutputServiceOptions {
  db: StudioDatabase;
  secrets: SecretStore;
  events: EventHub;
  logger: Logger;
  ffmpegPath: string;
  trustedOrigins: readonly string[];
  /** The LiveKit server that restreams server-routed destinations with Egress. */
  egress: EgressServer;
  now?: () => number;
}

export interface DestinationTestReport {
  destinationId: string;
  reached: boolean;
  error: ErrorCode | null;
  /** From the start to the first frame the ingest took. */
  firstMediaMs: number | null;
  kbps: number;
  fps: number;
}

interface Running {
  runner: DestinationRunner;
  variant: Omit<OutputVariant, 'ingestUrl'>;
}

/** A test publishes this long once media flows, then stops and reports. */
const testLiveMs = 5000;
/** A test that has not reached the ingest by then reports what stopped it. */
const testGiveUpMs = 15_000;

/**
 * The show's destinations besides the LiveKit room: their definitions, one runner (one
 * ffmpeg) per destination on air, and the variants the window must encode for them.
 * Destinations are independent: one failing or reconnecting never touches another, nor the
 * room. The window learns which variants to encode from outputs:onState.
 */
export class OutputService {
  readonly store: DestinationStore;
  private readonly ingest: VariantIngest;
  private readonly running = new Map<string, Running>();
  /** Destinations the LiveKit server restreams, with their variant. */
  private readonly restreamed = new Map<string, Omit<OutputVariant, 'ingestUrl'>>();
  private readonly egress: EgressRestreams;
  /** The last status of destinations no longer running, so a failure stays visible. */
  private readonly settled = new Map<string, DestinationStatus>();
  private statePending = false;
  /** Closing at quit: the database may already be closed, so nothing reads it. */
  private closed = false;
  private readonly now: () => number;

  constructor(private readonly options: OutputServiceOptions) {
    this.store = new DestinationStore(options.db, options.secrets);
    this.ingest = new VariantIngest({
      trustedOrigins: options.trustedOrigins,
      logger: options.logger.child('ingest'),
    });
    this.now = options.now ?? Date.now;
    this.egress = new EgressRestreams({
      server: options.egress,
      logger: options.logger.child('egress'),
      onChange: () => this.scheduleState(),
      now: this.now,
    });
  }

  list(): DestinationInfo[] {
    return this.store.list();
  }

  save(request: DestinationSaveRequest): DestinationInfo[] {
    this.refuseOnAir(request.destination.id);
    this.store.save(request);
    this.settled.delete(request.destination.id);
    this.options.logger.info('destination saved', {
      id: request.destination.id,
      platform: request.destination.platform,
      canvas: request.destination.canvas,
      market: request.destination.market,
    });
    return this.changed();
  }

  delete(id: string): DestinationInfo[] {
    this.refuseOnAir(id);
    this.store.delete(id);
    this.settled.delete(id);
    return this.changed();
  }

  /** Turns a destination on or off for the next Go live (allowed mid-show: it changes no stream). */
  setEnabled(id: string, enabled: boolean): DestinationInfo[] {
    const info = this.store.list().find((d) => d.destination.id === id);
    if (!info) throw new StudioError('NOT_FOUND', `no destination ${id}`);
    this.store.save({ destination: { ...info.destination, enabled }, streamKey: null, srtPassphrase: null });
    return this.changed();
  }

  state(): OutputsState {
    const destinations = this.store.destinations().map((d) => {
      const restreamed = this.restreamed.get(d.id);
      return (
        this.running.get(d.id)?.runner.status ??
        (restreamed && this.egress.status(restreamed.key, d.id)) ??
        this.settled.get(d.id) ??
        offStatus(d.id)
      );
    });
    const variants = new Map<string, OutputVariant>();
    for (const variant of this.restreamed.values()) variants.set(variant.key, { ...variant, ingestUrl: '' });
    for (const { variant } of this.running.values()) {
      if (!variants.has(variant.key))
        variants.set(variant.key, { ...variant, ingestUrl: this.ingest.open(variant.key).url });
    }
    return { destinations, variants: [...variants.values()] };
  }

  /** Starts each destination named (Go live names the enabled ones); running ones carry on. */
  async start(ids: readonly string[], testing = false): Promise<OutputsState> {
    await this.ingest.listen();
    for (const id of ids) {
      if (this.running.has(id) || this.restreamed.has(id)) continue;
      const destination = this.store.find(id);
      if (!destination) throw new StudioError('NOT_FOUND', `no destination ${id}`);
      this.launch(destination, testing);
    }
    return this.emitState();
  }

  async stop(ids: readonly string[]): Promise<OutputsState> {
    await Promise.all(ids.map((id) => this.stopOne(id)));
    return this.emitState();
  }

  /** End show: every destination off. */
  async stopAll(): Promise<OutputsState> {
    return this.stop([...this.running.keys(), ...this.restreamed.keys()]);
  }

  /** The window published a server-routed variant's track in the room: the server restreams it now. */
  variantInRoom(key: string, tracks: { video: string; audio: string | undefined }): void {
    this.egress.inRoom(key, tracks);
  }

  /** Publishes to one destination for five seconds and says how it went. */
  async test(id: string): Promise<DestinationTestReport> {
    this.refuseOnAir(id);
    const startedAt = this.now();
    await this.start([id], true);
    const running = this.running.get(id);
    if (!running) throw new StudioError('NOT_FOUND', `no destination ${id}`);
    const outcome = await new Promise<DestinationStatus>((resolve) => {
      const check = setInterval(() => {
        const status = running.runner.status;
        const liveFor = status.liveSince === null ? 0 : this.now() - status.liveSince;
        if (status.state === 'failed' || liveFor >= testLiveMs || this.now() - startedAt >= testGiveUpMs) {
          clearInterval(check);
          resolve(status);
        }
      }, 100);
    });
    await this.stop([id]);
    const reached = outcome.liveSince !== null;
    this.options.logger.info('destination tested', { id, reached, error: outcome.error });
    return {
      destinationId: id,
      reached,
      error: reached ? null : (outcome.error ?? 'OUTPUT_UNREACHABLE'),
      firstMediaMs: outcome.liveSince === null ? null : outcome.liveSince - startedAt,
      kbps: outcome.kbps,
      fps: outcome.fps,
    };
  }

  /** At quit: every ffmpeg is told to stop now (SIGTERM), without reading the database again. */
  async close(): Promise<void> {
    this.closed = true;
    const running = [...this.running.values()];
    this.running.clear();
    await Promise.all([...running.map(({ runner }) => runner.stop()), this.egress.close()]);
    await this.ingest.dispose();
  }

  private launch(destination: Destination, testing: boolean): void {
    const target = this.store.target(destination);
    if (!target.streamKey && destination.platform !== 'srt') {
      this.settled.set(destination.id, {
        ...offStatus(destination.id),
        state: 'failed',
        error: 'OUTPUT_NO_KEY',
      });
      return;
    }
    // A test checks the key from here, whichever way the show will go out.
    const variant = variantOf(testing ? { ...destination, route: 'computer' } : destination);
    if (variant.route === 'server') {
      this.restreamed.set(destination.id, variant);
      this.settled.delete(destination.id);
      this.egress.add(variant.key, destination.id, publishUrl(target));
      return;
    }
    const { feed } = this.ingest.open(variant.key);
    const runner = new DestinationRunner(destination.id, {
      target: () => this.store.target(this.store.find(destination.id) ?? destination),
      feed,
      ffmpegPath: this.options.ffmpegPath,
      logger: this.options.logger.child('destination'),
      testing,
      now: this.now,
      onStatus: (status) => {
        // A failure that retrying cannot mend frees its variant; its chip keeps the reason.
        if (status.state === 'failed') void this.stopOne(destination.id);
        this.scheduleState();
      },
    });
    this.running.set(destination.id, { runner, variant });
    this.settled.delete(destination.id);
    runner.start();
  }

  private async stopOne(id: string): Promise<void> {
    const restreamed = this.restreamed.get(id);
    if (restreamed) {
      this.restreamed.delete(id);
      this.egress.remove(restreamed.key, id);
    }
    const running = this.running.get(id);
    if (!running) return;
    this.running.delete(id);
    // A failure stays on the chip until the host starts it again; a stop shows off.
    const failed = running.runner.status.state === 'failed' ? running.runner.status : undefined;
    await running.runner.stop();
    if (failed) this.settled.set(id, failed);
    const stillUsed = [...this.running.values()].some((r) => r.variant.key === running.variant.key);
    if (!stillUsed) this.ingest.close(running.variant.key);
  }

  private refuseOnAir(id: string): void {
    if (this.running.has(id) || this.restreamed.has(id))
      throw new StudioError('OUTPUT_ON_AIR', `destination ${id} is on air`);
  }

  private changed(): DestinationInfo[] {
    const list = this.store.list();
    this.options.events.emit('outputs:onChanged', list);
    this.emitState();
    return list;
  }

  private emitState(): OutputsState {
    if (this.closed) return { destinations: [], variants: [] };
    const state = this.state();
    this.options.events.emit('outputs:onState', state);
    return state;
  }

  /** Runners report several changes a second; windows hear them once per turn. */
  private scheduleState(): void {
    if (this.statePending || this.closed) return;
    this.statePending = true;
    setImmediate(() => {
      this.statePending = false;
      this.emitState();
    });
  }
}

function variantOf(d: Destination): Omit<OutputVariant, 'ingestUrl'> {
  const spec = {
    canvas: d.canvas,
    market: d.market,
    videoKbps: d.videoKbps,
    keyframeSeconds: d.keyframeSeconds,
    constantBitrate: platformPresets[d.platform].constantBitrate,
    route: d.route,
  };
  return { key: variantKey(spec), ...spec };
}
