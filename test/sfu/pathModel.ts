/**
 * A bad network between a participant and the test SFU, in user space: every
 * packet each way is held `delayMs` and a `loss` share of UDP packets dropped,
 * as `tc qdisc add dev lo root netem delay 150ms loss 3% rate 2mbit` inside an
 * `unshare -n` namespace would do (that kernel module is missing on these
 * machines); with `rateBps`, each direction also drains at that rate through a
 * queue of bounded delay, dropping what overflows it, as a congested uplink does.
 * The path can be cut and restored, for a network that drops mid-show, or blacked
 * out for a moment, when UDP is lost and TCP waits. Signalling (TCP) is delayed,
 * never dropped: TCP would retransmit.
 */
export interface Impairment {
  delayMs: number;
  /** 0..1, each UDP packet, each direction. */
  loss: number;
  /** Each direction's capacity, in bits a second; none by default. */
  rateBps?: number;
  /** The most a packet may wait in the capacity queue before it is dropped (a router's buffer). */
  queueMs?: number;
}

export type Direction = 'up' | 'down';

/** What happens to each packet on one path; shared by all its relays, so one switch cuts them all. */
export class PathModel {
  cut = false;
  private blackedOut = false;
  /** TCP data that arrived during a blackout, by the order it was sent in, sent on when it ends. */
  private held: { order: number; send: () => void }[] = [];
  private sent = 0;
  /** When each direction's link is free again (the capacity queue). */
  private readonly freeAt: Record<Direction, number> = { up: 0, down: 0 };

  constructor(
    readonly impairment: Impairment,
    private readonly random: () => number = Math.random,
  ) {}

  /**
   * Sends after the queue and the delay, unless lost, dropped by a full queue, or the path is cut
   * (then or by the time it would arrive). `bytes` and `direction` matter only with a rate.
   * Returns in how many ms the packet reaches the far end, or undefined when it is lost or held.
   */
  carry(send: () => void, droppable: boolean, bytes = 0, direction: Direction = 'up'): number | undefined {
    if (this.cut) return undefined;
    if (droppable && (this.blackedOut || this.random() < this.impairment.loss)) return undefined;
    const order = this.sent++;
    if (this.blackedOut) return void this.held.push({ order, send });
    const queued = this.queue(bytes, direction, droppable);
    if (queued === undefined) return undefined;
    const inMs = queued + this.impairment.delayMs;
    setTimeout(() => {
      if (this.cut || (this.blackedOut && droppable)) return;
      if (this.blackedOut) return void this.held.push({ order, send });
      deliver(send);
    }, inMs);
    return inMs;
  }

  /** A moment with no network (a tunnel, a lift): UDP is lost, TCP waits, connections stay. */
  blackout(ms: number): Promise<void> {
    this.blackedOut = true;
    return new Promise((resolve) =>
      setTimeout(() => {
        this.blackedOut = false;
        const held = this.held.splice(0).sort((a, b) => a.order - b.order);
        for (const { send } of held) setTimeout(() => deliver(send), this.impairment.delayMs);
        resolve();
      }, ms),
    );
  }

  /** How long the packet waits for the link, or undefined when the queue is full. */
  private queue(bytes: number, direction: Direction, droppable: boolean): number | undefined {
    const { rateBps, queueMs = 200 } = this.impairment;
    if (!rateBps) return 0;
    const now = performance.now();
    const start = Math.max(now, this.freeAt[direction]);
    if (droppable && start - now > queueMs) return undefined;
    this.freeAt[direction] = start + (bytes * 8 * 1000) / rateBps;
    return this.freeAt[direction] - now;
  }
}

function deliver(send: () => void): void {
  try {
    send();
  } catch {
    // The relay closed while the packet was in flight: it is lost, as on a real network.
  }
}
