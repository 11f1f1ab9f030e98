import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { bridgeCloseCodes, bridgePath, bridgeProtocol } from '../../shared/ipc/bridgeProtocol';
import type { EventHub } from '../ipc/eventHub';
import type { IpcRouter } from '../ipc/router';
import type { Logger } from '../logging/logger';
import { resolveAppAsset } from '../security/appProtocol';
import { buildContentSecurityPolicy } from '../security/csp';
import { sendStaticFile } from '../services/http/staticFile';
import { checkBridgeUpgrade, checkHost, type AccessVerdict, type BridgeAccess } from './bridgeAccess';
import { BridgeSession, type CallObserver } from './bridgeSession';

export interface BrowserStudioServerOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  logger: Logger;
  /** Preferred port; another free one is taken when it is busy. 0: any. */
  port?: number;
  /** Told of every call and its answer; the e2e tests keep them. */
  observe?: CallObserver;
}

const loopback = '127.0.0.1';
// Bytes of a media import (200 MB at most, media/mediaAsset.ts) plus the message around them.
const maxFrameBytes = 210 * 1024 * 1024;

/**
 * The browser studio's front door on 127.0.0.1: the built renderer with the
 * production CSP, and `window.studio` over one authenticated WebSocket onto main's
 * router. One page at a time holds the studio, as Electron has one window.
 *
 * `listen` comes before the services exist, because their sender check must know
 * the origin; `serve` then hands it the router.
 */
export class BrowserStudioServer {
  private readonly sockets = new WebSocketServer({
    noServer: true,
    maxPayload: maxFrameBytes,
    handleProtocols: (offered) => (offered.has(bridgeProtocol) ? bridgeProtocol : false),
  });
  private readonly csp = buildContentSecurityPolicy('production');
  private router: IpcRouter | undefined;
  private events: EventHub | undefined;
  private session: { bridge: BridgeSession; disconnect: () => void } | undefined;

  private constructor(
    private readonly server: Server,
    private readonly access: BridgeAccess,
    private readonly options: BrowserStudioServerOptions,
  ) {
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void this.page(req, res));
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(req, socket, head),
    );
  }

  static async listen(options: BrowserStudioServerOptions): Promise<BrowserStudioServer> {
    const server = createServer();
    const port = await listenOn(server, options.port ?? 0).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !options.port) throw error;
      options.logger.info('browser studio port busy, taking another', { port: options.port });
      return listenOn(server, 0);
    });
    const host = `${loopback}:${port}`;
    const access = { host, origin: `http://${host}`, token: randomBytes(24).toString('hex') };
    options.logger.info('browser studio listening', { origin: access.origin });
    return new BrowserStudioServer(server, access, options);
  }

  /** The page's origin: the one sender main trusts. */
  get origin(): string {
    return this.access.origin;
  }

  /** The address to open, with this run's token in the fragment (never sent to a server). */
  get url(): string {
    return `${this.access.origin}/index.html#token=${this.access.token}`;
  }

  /** Hands the bridge main's router and events; a page already open is asked to reload. */
  serve(router: IpcRouter, events: EventHub): void {
    this.session?.bridge.close(bridgeCloseCodes.stopping, 'studio restarted');
    this.router = router;
    this.events = events;
  }

  async close(): Promise<void> {
    this.session?.bridge.close(bridgeCloseCodes.stopping, 'studio stopping');
    for (const client of this.sockets.clients) client.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async page(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = checkHost(req.headers, this.access);
    if (!verdict.allowed) return this.refuse(res, verdict, req);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const path = new URL(req.url ?? '/', this.access.origin).pathname;
    const file = resolveAppAsset(this.options.rendererDir, `studio://app${path}`);
    if (!file) return void res.writeHead(404).end();
    await sendStaticFile(
      res,
      file,
      {
        'content-security-policy': this.csp,
        'referrer-policy': 'no-referrer',
        'cache-control': file.endsWith('.html') ? 'no-store' : 'max-age=31536000, immutable',
      },
      req.method,
    );
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(req.url ?? '/', this.access.origin).pathname;
    const verdict: AccessVerdict =
      path === bridgePath
        ? checkBridgeUpgrade(req.headers, this.access)
        : { allowed: false, status: 400, reason: 'not the bridge' };
    if (!verdict.allowed || !this.router) {
      const status = verdict.allowed ? 503 : verdict.status;
      this.options.logger.warn('browser studio bridge refused', {
        reason: verdict.allowed ? 'not ready' : verdict.reason,
        origin: req.headers.origin,
      });
      socket.end(`HTTP/1.1 ${status} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    this.sockets.handleUpgrade(req, socket, head, (ws) => this.attach(ws));
  }

  private attach(ws: WebSocket): void {
    const { router, events, session } = this;
    if (!router || !events) return ws.close(bridgeCloseCodes.stopping, 'not ready');
    if (session) {
      this.options.logger.warn('browser studio bridge refused', { reason: 'already open in another page' });
      return ws.close(bridgeCloseCodes.alreadyOpen, 'already open');
    }
    const sender = { url: `${this.access.origin}/index.html`, isMainFrame: true };
    const bridge = new BridgeSession(ws, sender, router, this.options.logger, this.options.observe);
    const current = { bridge, disconnect: events.connect((event, payload) => bridge.emit(event, payload)) };
    this.session = current;
    this.options.logger.info('browser studio page connected');
    ws.on('close', () => {
      current.disconnect();
      if (this.session === current) this.session = undefined;
      this.options.logger.info('browser studio page disconnected');
    });
  }

  private refuse(
    res: ServerResponse,
    verdict: AccessVerdict & { allowed: false },
    req: IncomingMessage,
  ): void {
    this.options.logger.warn('browser studio request refused', {
      reason: verdict.reason,
      host: req.headers.host,
    });
    res.writeHead(verdict.status).end();
  }
}

function listenOn(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.once('error', fail);
    server.listen(port, loopback, () => {
      server.off('error', fail);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
