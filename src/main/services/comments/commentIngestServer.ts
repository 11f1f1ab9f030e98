import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { Comment, IncomingComment } from '../../../shared/comments/comment';
import type { Logger } from '../../logging/logger';
import { readBody } from '../http/readBody';

/** What a bridge posts: one comment or a batch, in the studio's comment model. */
const bridgeCommentSchema = z.object({
  authorId: z.string().min(1).max(128),
  authorName: z.string().max(200).optional(),
  text: z.string().min(1).max(20_000),
  language: z.string().max(16).optional(),
  market: z.string().max(16).optional(),
});
const bridgeBodySchema = z.union([bridgeCommentSchema, z.array(bridgeCommentSchema).min(1).max(200)]);

/**
 * A loopback HTTP endpoint for bridges from other platforms (a TikTok or
 * Shopee chat relay, say): `POST /comments` with `Authorization: Bearer
 * <token>` and JSON. The token is new each run and shown only in the studio.
 */
export class CommentIngestServer {
  private server: Server | undefined;
  private starting: Promise<{ url: string; token: string }> | undefined;
  private readonly token = randomBytes(24).toString('base64url');

  constructor(
    private readonly ingest: (comment: IncomingComment) => Comment | undefined,
    private readonly logger: Logger,
  ) {}

  address(): Promise<{ url: string; token: string }> {
    this.starting ??= new Promise((resolve, reject) => {
      const server = createServer((req, res) => {
        void this.handle(req).then(
          ({ status, body }) =>
            res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
          () => res.writeHead(500).end(),
        );
      });
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        this.server = server;
        const { port } = server.address() as AddressInfo;
        this.logger.info('comment ingest listening', { port });
        resolve({ url: `http://127.0.0.1:${port}/comments`, token: this.token });
      });
    });
    return this.starting;
  }

  close(): void {
    this.server?.close();
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/comments') return { status: 404, body: {} };
    if (req.method !== 'POST') return { status: 405, body: {} };
    const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
    const expected = Buffer.from(this.token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { status: 401, body: { error: 'token' } };
    }
    const raw = await readBody(req, 256 * 1024);
    let body: z.infer<typeof bridgeBodySchema>;
    try {
      body = bridgeBodySchema.parse(JSON.parse(raw ?? ''));
    } catch {
      return { status: 400, body: { error: 'not a comment or a batch of comments' } };
    }
    const accepted: string[] = [];
    for (const comment of Array.isArray(body) ? body : [body]) {
      const taken = this.ingest({ source: 'bridge', authorName: '', ...comment });
      if (taken) accepted.push(taken.id);
    }
    return { status: 202, body: { accepted } };
  }
}
