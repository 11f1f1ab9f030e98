import {
  EgressClient,
  EgressStatus,
  StreamOutput,
  StreamProtocol,
  type EgressInfo,
} from 'livekit-server-sdk';
import { StudioError } from '../../../shared/ipc/errors';
import { offStatus, type DestinationStatus } from '../../../shared/outputs/outputStatus';
import type { Logger } from '../../logging/logger';

/** The part of livekit-server-sdk's EgressClient the restreams use. */
export type EgressApi = Pick<
  EgressClient,
  'startTrackCompositeEgress' | 'updateStream' | 'stopEgress' | 'listEgress'
>;

export interface EgressServer {
  /** The room's server (ws:// or https://), API key and secret; undefined while not configured so. */
  credentials(): { url: string; apiKey: string; apiSecret: string } | undefined;
  room(): string;
}

interface Restream {
  /** Each destination's publish URL (server URL with its stream key). */
  urls: Map<string, string>;
  tracks: { video: string; audio: string | undefined } | undefined;
  egressId: string | undefined;
  active: boolean;
  liveSince: number | null;
  error: boolean;
  /** Egress calls for one variant run one after another. */
  queue: Promise<void>;
}

/** While an egress is starting, its state is read this often. */
const pollMs = 1000;

/**
 * Destinations the LiveKit server restreams, for hosts whose uplink carries only the room:
 * the window publishes each such variant as a track, and one track-composite Egress per
 * variant (livekit-server-sdk's EgressClient) sends it with the program's sound to every
 * destination on that variant; destinations joining or leaving mid-show are added and
 * removed with UpdateStream, the last one stops the egress.
 */
export class EgressRestreams {
  private readonly restreams = new Map<string, Restream>();
  private client: { key: string; api: EgressApi } | undefined;
  private pollTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly options: {
      server: EgressServer;
      logger: Logger;
      onChange(): void;
      now?: () => number;
    },
  ) {}

  /** Variants some destination wants restreamed. */
  wantedVariants(): string[] {
    return [...this.restreams.keys()];
  }

  status(variantKey: string, destinationId: string): DestinationStatus | undefined {
    const restream = this.restreams.get(variantKey);
    if (!restream?.urls.has(destinationId)) return undefined;
    return {
      ...offStatus(destinationId),
      state: restream.error ? 'failed' : restream.active ? 'live' : 'connecting',
      error: restream.error ? 'OUTPUT_EGRESS_FAILED' : null,
      liveSince: restream.liveSince,
      restreamed: true,
      waitingForShow: !restream.error && restream.tracks === undefined,
    };
  }

  /** A destination wants this variant restreamed to `url`. */
  add(variantKey: string, destinationId: string, url: string): void {
    let restream = this.restreams.get(variantKey);
    if (!restream) {
      restream = {
        urls: new Map(),
        tracks: undefined,
        egressId: undefined,
        active: false,
        liveSince: null,
        error: false,
        queue: Promise.resolve(),
      };
      this.restreams.set(variantKey, restream);
    }
    restream.urls.set(destinationId, url);
    const { egressId } = restream;
    if (egressId) this.run(variantKey, (api) => api.updateStream(egressId, [url], []));
  }

  /** A destination stops; the last one on a variant ends its egress. */
  remove(variantKey: string, destinationId: string): void {
    const restream = this.restreams.get(variantKey);
    const url = restream?.urls.get(destinationId);
    if (!restream || url === undefined) return;
    restream.urls.delete(destinationId);
    const { egressId } = restream;
    if (restream.urls.size === 0) {
      this.restreams.delete(variantKey);
      if (egressId) this.run(variantKey, (api) => api.stopEgress(egressId), restream);
    } else if (egressId) {
      this.run(variantKey, (api) => api.updateStream(egressId, [], [url]));
    }
  }

  /** The window has the variant's track (and the program's sound) in the room: restream them. */
  inRoom(variantKey: string, tracks: { video: string; audio: string | undefined }): void {
    const restream = this.restreams.get(variantKey);
    if (!restream || restream.egressId) return;
    restream.tracks = tracks;
    this.run(variantKey, async (api) => {
      const urls = [...restream.urls.values()];
      const info = await api.startTrackCompositeEgress(
        this.options.server.room(),
        new StreamOutput({ protocol: StreamProtocol.RTMP, urls }),
        { videoTrackId: tracks.video, ...(tracks.audio && { audioTrackId: tracks.audio }) },
      );
      restream.egressId = info.egressId;
      this.options.logger.info('restream started', {
        variant: variantKey,
        egress: info.egressId,
        destinations: urls.length,
      });
      this.follow(restream, info);
      return info;
    });
  }

  async close(): Promise<void> {
    clearInterval(this.pollTimer);
    const all = [...this.restreams.entries()];
    this.restreams.clear();
    for (const [key, restream] of all) {
      const { egressId } = restream;
      if (egressId) this.run(key, (api) => api.stopEgress(egressId), restream);
    }
    await Promise.all(all.map(([, r]) => r.queue));
  }

  private follow(restream: Restream, info: EgressInfo): void {
    const wasActive = restream.active;
    restream.active = info.status === EgressStatus.EGRESS_ACTIVE;
    restream.error =
      info.status === EgressStatus.EGRESS_FAILED ||
      info.status === EgressStatus.EGRESS_ABORTED ||
      info.status === EgressStatus.EGRESS_LIMIT_REACHED;
    if (restream.active && !wasActive) restream.liveSince = (this.options.now ?? Date.now)();
    if (restream.error)
      this.options.logger.warn('restream failed', { egress: info.egressId, error: info.error });
    this.options.onChange();
    this.pollWhileStarting();
  }

  private pollWhileStarting(): void {
    const starting = [...this.restreams.values()].some((r) => r.egressId && !r.active && !r.error);
    if (!starting) {
      clearInterval(this.pollTimer);
      this.pollTimer = undefined;
      return;
    }
    this.pollTimer ??= setInterval(() => {
      for (const [key, restream] of this.restreams) {
        const { egressId } = restream;
        if (!egressId || restream.active || restream.error) continue;
        this.run(key, async (api) => {
          const [info] = await api.listEgress({ egressId });
          if (info) this.follow(restream, info);
          return info;
        });
      }
    }, pollMs);
  }

  private run(
    variantKey: string,
    call: (api: EgressApi) => Promise<unknown>,
    restream = this.restreams.get(variantKey),
  ): void {
    if (!restream) return;
    restream.queue = restream.queue
      .then(() => call(this.api()))
      .then(
        () => undefined,
        (error: unknown) => {
          this.options.logger.warn('egress request failed', { variant: variantKey, error: String(error) });
          restream.error = true;
          this.options.onChange();
        },
      );
  }

  private api(): EgressApi {
    const credentials = this.options.server.credentials();
    if (!credentials)
      throw new StudioError('OUTPUT_EGRESS_FAILED', 'restreaming needs the LiveKit API key and secret');
    const key = `${credentials.url}|${credentials.apiKey}|${credentials.apiSecret}`;
    if (this.client?.key !== key) {
      this.client = {
        key,
        api: new EgressClient(credentials.url, credentials.apiKey, credentials.apiSecret),
      };
    }
    return this.client.api;
  }
}
