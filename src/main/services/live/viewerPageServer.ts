import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { normalize, resolve, sep } from 'node:path';
import { z } from 'zod';
import { marketAttribute } from '../../../shared/live/showData';
import { marketIds } from '../../../shared/markets/markets';
import type { Logger } from '../../logging/logger';
import { readBody } from '../http/readBody';
import { sendStaticFile } from '../http/staticFile';
import type { CredentialRequest, LiveJoin } from './liveCredentials';
import { browserKeySchema } from '../../../shared/live/browserKey';

export interface ViewerPageServerOptions {
  /** The built renderer: viewer.html and its assets. */
  rendererDir: string;
  credentials: (request: CredentialRequest) => Promise<LiveJoin>;
  /** The viewer's stable identity from the key their browser keeps (viewerIdentities.ts). */
  identityFor: (browserKey: string | undefined) => string;
  logger: Logger;
  /** Serves on this port when free (0: any). */
  port?: number;
  /**
   * While developing (`npm start`), the page comes from Vite's dev server at this origin and only
   * the token endpoint from here, which then answers that origin's cross-origin requests.
   */
  devServerOrigin?: string;
}

// Embeddable by shops (frame-ancestors *); scripts and styles only from here; LiveKit anywhere.
const viewerCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self' ws: wss: http: https:",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/** The part of LiveKit's standard token request a viewer may choose. */
const tokenRequestSchema = z.object({
  /** The browser's own key, which the identity is derived from; a malformed one is ignored. */
  participant_identity: browserKeySchema.optional().catch(undefined),
  participant_name: z.string().trim().max(64).optional(),
  participant_attributes: z.record(z.string(), z.string().max(64)).optional(),
});

/**
 * Serves the viewer page and a LiveKit standard token endpoint for it on
 * loopback, so the host (or a shop's developer) can open the show as a viewer
 * sees it. Viewer tokens only: subscribe and send data, never publish. A shop's
 * own site does the same from its backend.
 */
export class ViewerPageServer {
  private server: Server | undefined;
  private starting: Promise<string> | undefined;

  constructor(private readonly options: ViewerPageServerOptions) {}

  /** The page's address, starting the server on first use. */
  url(): Promise<string> {
    this.starting ??= this.listen().catch((error: unknown) => {
      this.starting = undefined;
      throw error;
    });
    return this.starting;
  }

  close(): void {
    this.server?.close();
    this.server = undefined;
    this.starting = undefined;
  }

  private async listen(): Promise<string> {
    const server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(this.options.port ?? 0, '127.0.0.1', () => done());
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.options.logger.info('viewer page served', { port });
    const own = `http://127.0.0.1:${port}/`;
    const dev = this.options.devServerOrigin;
    return dev ? `${dev}/viewer.html?${new URLSearchParams({ endpoint: `${own}token` }).toString()}` : own;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://viewer').pathname;
    const dev = this.options.devServerOrigin;
    if (dev && req.headers.origin === dev) {
      res.setHeader('access-control-allow-origin', dev);
      res.setHeader('access-control-allow-headers', 'content-type');
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    }
    try {
      if (path === '/token' && req.method === 'POST') return await this.token(req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
      if (path === '/' || path === '/viewer.html') return await this.file(res, 'viewer.html');
      if (path.startsWith('/assets/')) return await this.file(res, path.slice(1));
      res.writeHead(404).end();
    } catch (error) {
      this.options.logger.warn('viewer page request failed', { path, error: String(error) });
      if (!res.headersSent) res.writeHead(500).end();
    }
  }

  private async file(res: ServerResponse, relative: string): Promise<void> {
    const root = resolve(this.options.rendererDir);
    const file = resolve(root, normalize(decodeURIComponent(relative)));
    if (!file.startsWith(root + sep)) return void res.writeHead(404).end();
    await sendStaticFile(res, file, {
      'content-security-policy': viewerCsp,
      'cache-control': relative === 'viewer.html' ? 'no-cache' : 'max-age=31536000, immutable',
    });
  }

  private async token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, 16 * 1024);
    let parsed: z.infer<typeof tokenRequestSchema> | undefined;
    try {
      parsed = tokenRequestSchema.parse(JSON.parse(body ?? ''));
    } catch {
      return void res.writeHead(400).end();
    }
    const market = parsed.participant_attributes?.[marketAttribute];
    const join = await this.options.credentials({
      identity: this.options.identityFor(parsed.participant_identity),
      name: parsed.participant_name || undefined,
      role: 'viewer',
      attributes: marketIds.includes(market as never) ? { [marketAttribute]: market as string } : {},
    });
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ server_url: join.serverUrl, participant_token: join.token }));
  }
}
