/**
 * How long to wait before each attempt to get a lost connection back, or when to stop: one
 * policy for the live room, OBS and the network cameras, each with its own figures.
 */
export interface ReconnectPolicy {
  /** Milliseconds before retry number `attempt` (0 is the first retry); null: give up. */
  delayMs(attempt: number): number | null;
}

export interface BackoffOptions {
  firstMs: number;
  maxMs: number;
  /** How many retries before giving up; unlimited by default (a show is not over until the host says so). */
  maxAttempts?: number;
}

/** Doubling from `firstMs`, capped at `maxMs`. */
export function exponentialBackoff({
  firstMs,
  maxMs,
  maxAttempts = Infinity,
}: BackoffOptions): ReconnectPolicy {
  return {
    delayMs: (attempt) =>
      attempt >= maxAttempts ? null : Math.min(firstMs * 2 ** Math.max(0, attempt), maxMs),
  };
}

export const reconnectPolicies = {
  /**
   * The live room, once livekit-client has given up its own retries (about half a minute): a
   * little less often each time until the network is back.
   */
  liveRoom: exponentialBackoff({ firstMs: 1000, maxMs: 10_000 }),
  /** OBS restarting takes seconds; its WebSocket comes back on the same address. */
  obs: exponentialBackoff({ firstMs: 250, maxMs: 2000 }),
  /** A camera that drops is usually back at once; viewers see the slate meanwhile. */
  feed: exponentialBackoff({ firstMs: 250, maxMs: 1000 }),
  /** A platform's chat API: its rate limits punish hammering, and a comment waits in its chat meanwhile. */
  chat: exponentialBackoff({ firstMs: 1000, maxMs: 30_000 }),
  /**
   * A marketplace's ingest that dropped the stream: back within two seconds of it returning,
   * as a viewer's player is still buffering; one broadcast at a time, so never hammering.
   */
  output: exponentialBackoff({ firstMs: 500, maxMs: 2000 }),
} satisfies Record<string, ReconnectPolicy>;
