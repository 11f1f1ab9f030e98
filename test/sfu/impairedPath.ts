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
import { createSocket, type RemoteInfo, type Socket as UdpSocket } from 'node:dgram';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

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

/** Shared by every relay of one path, so one switch cuts them all. */
export class NetworkPath {
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
   */
  carry(send: () => void, droppable: boolean, bytes = 0, direction: Direction = 'up'): void {
    if (this.cut) return;
    if (droppable && (this.blackedOut || this.random() < this.impairment.loss)) return;
    const order = this.sent++;
    if (this.blackedOut) return void this.held.push({ order, send });
    const queued = this.queue(bytes, direction, droppable);
    if (queued === undefined) return;
    setTimeout(() => {
      if (this.cut || (this.blackedOut && droppable)) return;
      if (this.blackedOut) return void this.held.push({ order, send });
      deliver(send);
    }, queued + this.impairment.delayMs);
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

/** UDP in front of one of the SFU's ICE candidates: one back socket per client address. */
export class ImpairedUdpRelay {
  private readonly front = createSocket('udp4');
  private readonly backs = new Map<string, UdpSocket>();

  private constructor(
    private readonly path: NetworkPath,
    private readonly target: { address: string; port: number },
  ) {}

  static async start(
    path: NetworkPath,
    target: { address: string; port: number },
  ): Promise<ImpairedUdpRelay> {
    const relay = new ImpairedUdpRelay(path, target);
    await new Promise<void>((resolve) => relay.front.bind(0, '127.0.0.1', resolve));
    relay.front.on('message', (message, from) => relay.fromClient(message, from));
    return relay;
  }

  get port(): number {
    return (this.front.address() as AddressInfo).port;
  }

  close(): void {
    this.front.close();
    for (const back of this.backs.values()) back.close();
    this.backs.clear();
  }

  private fromClient(message: Buffer, from: RemoteInfo): void {
    const key = `${from.address}:${from.port}`;
    let back = this.backs.get(key);
    if (!back) {
      const socket = createSocket('udp4');
      socket.bind(0, '127.0.0.1');
      socket.on('message', (reply) =>
        this.path.carry(() => this.front.send(reply, from.port, from.address), true, reply.length, 'down'),
      );
      this.backs.set(key, socket);
      back = socket;
    }
    const out = back;
    this.path.carry(
      () => out.send(message, this.target.port, this.target.address),
      true,
      message.length,
      'up',
    );
  }
}

/** TCP (the signalling WebSocket and the token check) through the same path. */
export class DelayedTcpRelay {
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly path: NetworkPath,
  ) {}

  static async start(path: NetworkPath, targetPort: number): Promise<DelayedTcpRelay> {
    const server = createServer();
    const relay = new DelayedTcpRelay(server, path);
    server.on('connection', (client: Socket) => relay.accept(client, targetPort));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return relay;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Drops every open connection, as a router losing its state does when the network goes. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  close(): void {
    this.dropConnections();
    this.server.close();
  }

  private accept(client: Socket, targetPort: number): void {
    if (this.path.cut) return void client.destroy();
    const upstream = connect(targetPort, '127.0.0.1');
    for (const [from, to, direction] of [
      [client, upstream, 'up'],
      [upstream, client, 'down'],
    ] as const) {
      this.sockets.add(from);
      from.on('data', (chunk) => this.path.carry(() => to.write(chunk), false, chunk.length, direction));
      from.on('close', () => this.path.carry(() => to.destroy(), false));
      from.on('error', () => to.destroy());
      from.on('close', () => this.sockets.delete(from));
    }
  }
}

/** Replaces each UDP candidate of an answer with a relay in front of it on the path; drops the rest. */
export async function candidatesThrough(
  path: NetworkPath,
  sdp: string,
  relays: Map<string, ImpairedUdpRelay>,
): Promise<string> {
  const lines = sdp.split('\r\n');
  const out: string[] = [];
  for (const line of lines) {
    const candidate = /^a=candidate:(\S+) (\d+) udp (\d+) (\S+) (\d+) typ host/i.exec(line);
    if (!line.startsWith('a=candidate:')) out.push(line);
    if (!candidate || !/^\d+\.\d+\.\d+\.\d+$/.test(candidate[4] ?? '')) continue;
    const [, foundation, component, priority, address = '', port = ''] = candidate;
    const key = `${address}:${port}`;
    let relay = relays.get(key);
    if (!relay) {
      relay = await ImpairedUdpRelay.start(path, { address, port: Number(port) });
      relays.set(key, relay);
    }
    out.push(`a=candidate:${foundation} ${component} udp ${priority} 127.0.0.1 ${relay.port} typ host`);
  }
  return out.join('\r\n');
}
