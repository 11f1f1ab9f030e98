import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Channels on a 127.0.0.1 WebSocket that only our own pages may open: each has a random
 * token, handed out over the IPC contract and checked in constant time, and a path under
 * one prefix (`/feeds/<id>`, `/outputs/<id>`).
 */
export class TokenChannels<T> {
  private readonly channels = new Map<string, { token: Buffer; value: T }>();

  constructor(private readonly prefix: string) {}

  /** The channel's path with its token, opening it with `create` if new. */
  path(id: string, create: () => T): string {
    let channel = this.channels.get(id);
    if (!channel) {
      channel = { token: randomBytes(32), value: create() };
      this.channels.set(id, channel);
    }
    return `/${this.prefix}/${encodeURIComponent(id)}?token=${channel.token.toString('base64url')}`;
  }

  get(id: string): T | undefined {
    return this.channels.get(id)?.value;
  }

  delete(id: string): T | undefined {
    const value = this.channels.get(id)?.value;
    this.channels.delete(id);
    return value;
  }

  ids(): string[] {
    return [...this.channels.keys()];
  }

  /** The channel a connection asks for, when its token is that channel's. */
  find(req: IncomingMessage): { id: string; value: T } | undefined {
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    const match = new RegExp(`^/${this.prefix}/([^/]+)$`).exec(url.pathname);
    const id = match?.[1] ? decodeURIComponent(match[1]) : undefined;
    const channel = id === undefined ? undefined : this.channels.get(id);
    const token = Buffer.from(url.searchParams.get('token') ?? '', 'base64url');
    if (!id || !channel || token.length !== channel.token.length || !timingSafeEqual(token, channel.token))
      return undefined;
    return { id, value: channel.value };
  }
}

/** Whether a WebSocket upgrade comes from one of our own pages. */
export function fromTrustedOrigin(req: IncomingMessage, trustedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  return origin !== undefined && trustedOrigins.includes(origin);
}
