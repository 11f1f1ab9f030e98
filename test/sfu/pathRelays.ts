/**
 * The sockets of an impaired path (pathModel.ts): UDP relays in front of the SFU's ICE candidates
 * and a TCP relay in front of its signalling, each carrying what passes through the path's model.
 * They run in the path's own thread (pathWorker.ts), where the SFU's work cannot hold them up.
 */
import { createSocket, type RemoteInfo, type Socket as UdpSocket } from 'node:dgram';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { epochMs, rtpPacketId, type ArrivalStamps } from './arrivalStamps';
import type { PathModel } from './pathModel';
import { enlargeBuffers } from './socketBuffers';

/** UDP in front of one of the SFU's ICE candidates: one back socket per client address. */
export class ImpairedUdpRelay {
  private readonly front = createSocket('udp4');
  private readonly backs = new Map<string, UdpSocket>();

  private constructor(
    private readonly path: PathModel,
    private readonly target: { address: string; port: number },
    private readonly arrivals: ArrivalStamps,
  ) {}

  static async start(
    path: PathModel,
    target: { address: string; port: number },
    arrivals: ArrivalStamps,
  ): Promise<ImpairedUdpRelay> {
    const relay = new ImpairedUdpRelay(path, target, arrivals);
    await new Promise<void>((resolve) => relay.front.bind(0, '127.0.0.1', resolve));
    enlargeBuffers(relay.front);
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
      socket.bind(0, '127.0.0.1', () => enlargeBuffers(socket));
      socket.on('message', (reply) =>
        this.path.carry(() => this.front.send(reply, from.port, from.address), true, reply.length, 'down'),
      );
      this.backs.set(key, socket);
      back = socket;
    }
    const out = back;
    const sentAt = epochMs();
    const inMs = this.path.carry(
      () => out.send(message, this.target.port, this.target.address),
      true,
      message.length,
      'up',
    );
    const id = inMs === undefined ? undefined : rtpPacketId(message);
    if (id && inMs !== undefined) this.arrivals.record(id.ssrc, id.sequenceNumber, sentAt + inMs);
  }
}

/** TCP (the signalling WebSocket and the token check) through the same path. */
export class DelayedTcpRelay {
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly path: PathModel,
  ) {}

  static async start(path: PathModel, targetPort: number): Promise<DelayedTcpRelay> {
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
