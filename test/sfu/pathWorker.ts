/**
 * An impaired path's own thread: its model and relays (pathModel.ts, pathRelays.ts), driven by
 * messages from the NetworkPath that started it (impairedPath.ts). On a machine the browsers keep
 * busy, the SFU's event loop stalls for tens of ms at a time; here the path's timers and sockets
 * keep their time regardless, as a network between two machines would.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ArrivalStamps } from './arrivalStamps';
import { PathModel, type Impairment } from './pathModel';
import { DelayedTcpRelay, ImpairedUdpRelay } from './pathRelays';

/** What the NetworkPath asks of its thread; those with an id are answered with it. */
export type PathRequest =
  | { op: 'cut'; cut: boolean }
  | { op: 'dropConnections' }
  | { op: 'blackout'; id: number; ms: number }
  | { op: 'relayUdp'; id: number; address: string; port: number }
  | { op: 'relayTcp'; id: number; port: number };

/** The answer to a request with an id: the relay's port, where it made one. */
export interface PathAnswer {
  id: number;
  port?: number;
}

export interface PathWorkerData {
  impairment: Impairment;
  arrivals: SharedArrayBuffer;
}

const { impairment, arrivals } = workerData as PathWorkerData;
const model = new PathModel(impairment);
const stamps = new ArrivalStamps(arrivals);
const tcpRelays: DelayedTcpRelay[] = [];
const port = parentPort;

port?.on(
  'message',
  (request: PathRequest) => void handle(request).then((answer) => answer && port.postMessage(answer)),
);

async function handle(request: PathRequest): Promise<PathAnswer | undefined> {
  switch (request.op) {
    case 'cut':
      model.cut = request.cut;
      return undefined;
    case 'dropConnections':
      for (const relay of tcpRelays) relay.dropConnections();
      return undefined;
    case 'blackout':
      await model.blackout(request.ms);
      return { id: request.id };
    case 'relayUdp': {
      const relay = await ImpairedUdpRelay.start(model, request, stamps);
      return { id: request.id, port: relay.port };
    }
    case 'relayTcp': {
      const relay = await DelayedTcpRelay.start(model, request.port);
      tcpRelays.push(relay);
      return { id: request.id, port: relay.port };
    }
  }
}
