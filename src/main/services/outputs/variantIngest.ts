import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import type { Logger } from '../../logging/logger';
import { decodePacket, type KeyFrameRequest, type WirePacket } from '../../../shared/outputs/outputWire';
import { fromTrustedOrigin, TokenChannels } from '../http/tokenChannels';
import type { VariantConfigs } from './destinationMuxer';

const configSchema = z.discriminatedUnion('track', [
  z.object({
    type: z.literal('config'),
    track: z.literal('video'),
    codec: z.string().max(64),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    description: z.string().max(4096),
  }),
  z.object({
    type: z.literal('config'),
    track: z.literal('audio'),
    codec: z.string().max(64),
    sampleRate: z.number().int().positive(),
    numberOfChannels: z.number().int().positive(),
    description: z.string().max(4096).nullable(),
  }),
]);

/** ws hands over a Buffer (its default binary type); fragments and ArrayBuffers only if configured so. */
function asBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

export type PacketListener = (packet: WirePacket) => void;

/** One encoded variant as main receives it: the encoder's configs and whoever listens to its packets. */
export class VariantFeed {
  video: VariantConfigs['video'] | undefined;
  audio: VariantConfigs['audio'];
  private socket: WebSocket | undefined;
  private readonly listeners = new Set<PacketListener>();
  private readonly configListeners = new Set<() => void>();
  lastPacketAt = 0;

  /** When the video's configuration arrived: a destination waits a moment for the audio's too. */
  videoConfiguredAt = 0;

  get configs(): VariantConfigs | undefined {
    return this.video && { video: this.video, audio: this.audio };
  }

  subscribe(listener: PacketListener): () => void {
    this.listeners.add(listener);
    this.requestKeyFrame();
    return () => this.listeners.delete(listener);
  }

  onConfig(listener: () => void): () => void {
    this.configListeners.add(listener);
    return () => this.configListeners.delete(listener);
  }

  /** A destination starting wants a key frame now rather than at the next interval. */
  requestKeyFrame(): void {
    this.socket?.send(JSON.stringify({ type: 'keyFrame' } satisfies KeyFrameRequest));
  }

  attach(socket: WebSocket, logger: Logger): void {
    // One encoder per variant: a window reloaded replaces the old one.
    this.socket?.close(1000, 'replaced');
    this.socket = socket;
    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) this.receivePacket(data);
      else this.receiveText(data, logger);
    });
    socket.on('close', () => {
      if (this.socket === socket) this.socket = undefined;
    });
    if (this.listeners.size > 0) this.requestKeyFrame();
  }

  close(): void {
    this.socket?.close(1000, 'variant no longer wanted');
    this.socket = undefined;
    this.listeners.clear();
    this.configListeners.clear();
  }

  private receivePacket(data: RawData): void {
    const packet = decodePacket(asBuffer(data));
    if (!packet) return;
    this.lastPacketAt = Date.now();
    for (const listener of this.listeners) listener(packet);
  }

  private receiveText(data: RawData, logger: Logger): void {
    let parsed: z.infer<typeof configSchema>;
    try {
      parsed = configSchema.parse(JSON.parse(asBuffer(data).toString()));
    } catch {
      logger.warn('output ingest ignored a malformed message');
      return;
    }
    if (parsed.track === 'video') {
      this.video = {
        codec: parsed.codec,
        codedWidth: parsed.width,
        codedHeight: parsed.height,
        description: new Uint8Array(Buffer.from(parsed.description, 'base64')),
      };
      if (this.videoConfiguredAt === 0) this.videoConfiguredAt = Date.now();
    } else {
      this.audio = {
        codec: parsed.codec,
        sampleRate: parsed.sampleRate,
        numberOfChannels: parsed.numberOfChannels,
        ...(parsed.description !== null && {
          description: new Uint8Array(Buffer.from(parsed.description, 'base64')),
        }),
      };
    }
    for (const listener of this.configListeners) listener();
  }
}

/**
 * Where the window's encoders hand main their variants: a WebSocket on 127.0.0.1, one
 * channel per variant with its own token, only from our own pages. Packets go straight to
 * the destinations' muxers, with no IPC round trip per frame.
 */
export class VariantIngest {
  private server: WebSocketServer | undefined;
  private readonly channels = new TokenChannels<VariantFeed>('outputs');

  constructor(private readonly options: { trustedOrigins: readonly string[]; logger: Logger }) {}

  async listen(): Promise<void> {
    if (this.server) return;
    const server = new WebSocketServer({
      host: '127.0.0.1',
      port: 0,
      // A 1080p key frame at a high bitrate fits with room to spare.
      maxPayload: 8 * 1024 * 1024,
      verifyClient: ({ req }: { req: IncomingMessage }) => this.accepts(req),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    server.on('connection', (socket, req) => {
      const found = this.channels.find(req);
      if (!found) return void socket.close(1008, 'unknown variant');
      found.value.attach(socket, this.options.logger);
      this.options.logger.info('variant encoder connected', { variant: found.id });
    });
    this.server = server;
  }

  /** The variant's feed and the address its encoder sends to; opens the channel if new. */
  open(key: string): { feed: VariantFeed; url: string } {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('output ingest is not listening');
    const path = this.channels.path(key, () => new VariantFeed());
    const feed = this.channels.get(key);
    if (!feed) throw new Error(`variant ${key} vanished`);
    return { feed, url: `ws://127.0.0.1:${address.port}${path}` };
  }

  close(key: string): void {
    this.channels.delete(key)?.close();
  }

  async dispose(): Promise<void> {
    for (const key of this.channels.ids()) this.close(key);
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accepts(req: IncomingMessage): boolean {
    if (!fromTrustedOrigin(req, this.options.trustedOrigins)) {
      this.options.logger.warn('output ingest refused an origin', { origin: req.headers.origin });
      return false;
    }
    return this.channels.find(req) !== undefined;
  }
}
