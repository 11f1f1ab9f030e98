/**
 * A bad network between one participant and the test SFU (the model: pathModel.ts), run in a
 * thread of its own (pathWorker.ts). Tests and benches make one, hand it to
 * `TestSfu.throughPath`, and cut it, restore it or black it out mid-show.
 */
import { Worker } from 'node:worker_threads';
import { ArrivalStamps } from './arrivalStamps';
import type { Impairment } from './pathModel';
import type { PathAnswer, PathRequest, PathWorkerData } from './pathWorker';

export type { Impairment } from './pathModel';

/** A request that is answered, before it is given its id. */
type Question<R = PathRequest> = R extends { id: number } ? Omit<R, 'id'> : never;

export class NetworkPath {
  /** When each RTP packet reached the SFU's end of the path, for its congestion feedback. */
  readonly arrivals = new ArrivalStamps();
  private worker: Worker | undefined;
  private isCut = false;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve(answer: PathAnswer): void; reject(error: Error): void }
  >();
  /** The UDP relay in front of each of the SFU's candidates (address:port), by its own port. */
  private readonly udpRelays = new Map<string, Promise<number>>();

  constructor(readonly impairment: Impairment) {}

  /** Whether nothing passes, either way (a network gone); new connections are refused. */
  get cut(): boolean {
    return this.isCut;
  }

  set cut(cut: boolean) {
    this.isCut = cut;
    this.tell({ op: 'cut', cut });
  }

  /** A moment with no network (a tunnel, a lift): UDP is lost, TCP waits, connections stay. */
  async blackout(ms: number): Promise<void> {
    await this.ask({ op: 'blackout', ms });
  }

  /** Drops every open TCP connection through the path, as a router losing its state does. */
  dropConnections(): void {
    this.tell({ op: 'dropConnections' });
  }

  /** A TCP relay through the path to 127.0.0.1:`port`; its own port. */
  async relayTcp(port: number): Promise<number> {
    return (await this.ask({ op: 'relayTcp', port })).port ?? 0;
  }

  /** The UDP relay through the path to one of the SFU's candidates (made once); its own port. */
  relayUdp(address: string, port: number): Promise<number> {
    const key = `${address}:${port}`;
    let relay = this.udpRelays.get(key);
    if (!relay) {
      relay = this.ask({ op: 'relayUdp', address, port }).then((answer) => answer.port ?? 0);
      this.udpRelays.set(key, relay);
    }
    return relay;
  }

  /** Ends the path's thread, and with it every relay. */
  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private tell(request: PathRequest): void {
    this.thread().postMessage(request);
  }

  private ask(request: Question): Promise<PathAnswer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.tell({ ...request, id } as PathRequest);
    });
  }

  private thread(): Worker {
    if (!this.worker) {
      const workerData: PathWorkerData = { impairment: this.impairment, arrivals: this.arrivals.buffer };
      // The thread loads TypeScript as the benches' child processes do (tsx).
      this.worker = new Worker(new URL('./pathWorker.ts', import.meta.url), {
        workerData,
        execArgv: ['--import', 'tsx'],
      });
      this.worker.on('message', (answer: PathAnswer) => {
        this.waiting.get(answer.id)?.resolve(answer);
        this.waiting.delete(answer.id);
      });
      this.worker.on('error', (error) => {
        for (const { reject } of this.waiting.values()) reject(error);
        this.waiting.clear();
      });
    }
    return this.worker;
  }
}

/** Replaces each UDP candidate of an answer with a relay in front of it on the path; drops the rest. */
export async function candidatesThrough(path: NetworkPath, sdp: string): Promise<string> {
  const out: string[] = [];
  for (const line of sdp.split('\r\n')) {
    const candidate = /^a=candidate:(\S+) (\d+) udp (\d+) (\S+) (\d+) typ host/i.exec(line);
    if (!line.startsWith('a=candidate:')) out.push(line);
    if (!candidate || !/^\d+\.\d+\.\d+\.\d+$/.test(candidate[4] ?? '')) continue;
    const [, foundation, component, priority, address = '', port = ''] = candidate;
    const relayPort = await path.relayUdp(address, Number(port));
    out.push(`a=candidate:${foundation} ${component} udp ${priority} 127.0.0.1 ${relayPort} typ host`);
  }
  return out.join('\r\n');
}
