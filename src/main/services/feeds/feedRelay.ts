import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../../logging/logger';
import { encodeFeedUnit, type FeedTextMessage } from '../../../shared/feeds/feedRelayWire';
import type { DecoderConfig, ReceivedUnit } from './feedSupervisor';

interface Channel {
  token: Buffer;
  clients: Set<WebSocket>;
  config: DecoderConfig | undefined;
}

/**
 * Carries each feed's compressed H.264 from main to the renderer's decoder
 * worker over a WebSocket on 127.0.0.1: one path for Electron and the browser
 * test harness, no per-frame IPC round trips, and the bytes go straight to the
 * worker that decodes them. Only our own pages may connect (Origin check), and
 * only with the feed's random token, handed out over the IPC contract.
 */
export class FeedRelay {
  private server: WebSocketServer | undefined;
  private readonly channels = new Map<string, Channel>();

  constructor(
    private readonly options: {
      trustedOrigins: readonly string[];
      logger: Logger;
      /** Told when a feed gains its first or loses its last viewer. */
      onViewers(feedId: string, count: number): void;
    },
  ) {}

  async listen(): Promise<void> {
    if (this.server) return;
    const server = new WebSocketServer({
      host: '127.0.0.1',
      port: 0,
      maxPayload: 4096,
      verifyClient: ({ req }: { req: IncomingMessage }) => this.accepts(req),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    server.on('connection', (socket, req) => this.attach(socket, req));
    this.server = server;
  }

  /** The address the renderer connects to for a feed; opens the feed's channel. */
  url(feedId: string): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('feed relay is not listening');
    let channel = this.channels.get(feedId);
    if (!channel) {
      channel = { token: randomBytes(32), clients: new Set(), config: undefined };
      this.channels.set(feedId, channel);
    }
    const token = channel.token.toString('base64url');
    return `ws://127.0.0.1:${address.port}/feeds/${encodeURIComponent(feedId)}?token=${token}`;
  }

  sendUnit(feedId: string, unit: ReceivedUnit): void {
    const channel = this.channels.get(feedId);
    if (!channel || channel.clients.size === 0) return;
    const message = encodeFeedUnit(unit);
    for (const client of channel.clients) {
      // A decoder that cannot keep up gets frames dropped here, not a growing queue.
      if (client.bufferedAmount < 4 * 1024 * 1024) client.send(message);
    }
  }

  sendConfig(feedId: string, config: DecoderConfig): void {
    const channel = this.channels.get(feedId);
    if (!channel) return;
    channel.config = config;
    this.broadcastText(channel, { type: 'config', ...config });
  }

  sendReset(feedId: string): void {
    const channel = this.channels.get(feedId);
    if (channel) this.broadcastText(channel, { type: 'reset' });
  }

  /** Forgets a feed: its token stops working and its viewers are closed. */
  close(feedId: string): void {
    const channel = this.channels.get(feedId);
    if (!channel) return;
    this.channels.delete(feedId);
    for (const client of channel.clients) client.close(1000, 'feed closed');
  }

  async dispose(): Promise<void> {
    for (const id of [...this.channels.keys()]) this.close(id);
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accepts(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (!origin || !this.options.trustedOrigins.includes(origin)) {
      this.options.logger.warn('feed relay refused an origin', { origin });
      return false;
    }
    return this.channelOf(req) !== undefined;
  }

  private channelOf(req: IncomingMessage): { feedId: string; channel: Channel } | undefined {
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    const match = /^\/feeds\/([^/]+)$/.exec(url.pathname);
    const feedId = match?.[1] ? decodeURIComponent(match[1]) : undefined;
    const channel = feedId === undefined ? undefined : this.channels.get(feedId);
    const token = Buffer.from(url.searchParams.get('token') ?? '', 'base64url');
    if (
      !feedId ||
      !channel ||
      token.length !== channel.token.length ||
      !timingSafeEqual(token, channel.token)
    ) {
      return undefined;
    }
    return { feedId, channel };
  }

  private attach(socket: WebSocket, req: IncomingMessage): void {
    const found = this.channelOf(req);
    if (!found) return void socket.close(1008, 'unknown feed');
    const { feedId, channel } = found;
    channel.clients.add(socket);
    if (channel.config)
      socket.send(JSON.stringify({ type: 'config', ...channel.config } satisfies FeedTextMessage));
    this.options.onViewers(feedId, channel.clients.size);
    socket.on('close', () => {
      channel.clients.delete(socket);
      this.options.onViewers(feedId, channel.clients.size);
    });
  }

  private broadcastText(channel: Channel, message: FeedTextMessage): void {
    const text = JSON.stringify(message);
    for (const client of channel.clients) client.send(text);
  }
}
