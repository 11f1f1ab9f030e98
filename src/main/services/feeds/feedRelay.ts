import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../../logging/logger';
import { encodeFeedUnit, type FeedTextMessage } from '../../../shared/feeds/feedRelayWire';
import type { DecoderConfig, ReceivedUnit } from './feedSupervisor';
import { fromTrustedOrigin, TokenChannels } from '../http/tokenChannels';

interface Channel {
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
  private readonly channels = new TokenChannels<Channel>('feeds');

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
    const path = this.channels.path(feedId, () => ({ clients: new Set(), config: undefined }));
    return `ws://127.0.0.1:${address.port}${path}`;
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
    const channel = this.channels.delete(feedId);
    if (!channel) return;
    for (const client of channel.clients) client.close(1000, 'feed closed');
  }

  async dispose(): Promise<void> {
    for (const id of this.channels.ids()) this.close(id);
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accepts(req: IncomingMessage): boolean {
    if (!fromTrustedOrigin(req, this.options.trustedOrigins)) {
      this.options.logger.warn('feed relay refused an origin', { origin: req.headers.origin });
      return false;
    }
    return this.channels.find(req) !== undefined;
  }

  private attach(socket: WebSocket, req: IncomingMessage): void {
    const found = this.channels.find(req);
    if (!found) return void socket.close(1008, 'unknown feed');
    const { id: feedId, value: channel } = found;
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
