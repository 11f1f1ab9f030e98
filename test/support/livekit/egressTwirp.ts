import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenVerifier } from 'livekit-server-sdk';
import { closeHttpServer } from '../closeHttpServer';

export interface EgressCall {
  method: string;
  body: Record<string, unknown>;
}

export interface EgressApiFake {
  calls: EgressCall[];
  /** From now on StartTrackCompositeEgress is refused (the server has no Egress running). */
  refuseStarts(): void;
  /** Answers a request if it is one of the Egress API's; false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

export interface EgressTwirp extends Omit<EgressApiFake, 'handle'> {
  /** The server's address, as the studio's LiveKit URL. */
  url: string;
  close(): Promise<void>;
}

/**
 * A local server speaking LiveKit's Egress API as livekit-server-sdk's EgressClient calls it:
 * Twirp over HTTP, POST /twirp/livekit.Egress/<Method> with protobuf JSON, errors as
 * `{code, msg}` (https://twitchtv.github.io/twirp/docs/spec_v7.html), each request carrying a
 * JWT with the roomRecord grant signed with the API secret
 * (https://docs.livekit.io/home/egress/api/, livekit_egress.proto). An egress starts as
 * EGRESS_STARTING and is EGRESS_ACTIVE when next listed, as a real one becomes once its
 * pipeline runs. No media flows: a real Egress was not exercised here.
 */
export function egressApiFake(apiKey: string, apiSecret: string): EgressApiFake {
  const verifier = new TokenVerifier(apiKey, apiSecret);
  const calls: EgressCall[] = [];
  const egresses = new Map<string, { roomName: string; status: string }>();
  let refusing = false;
  const answer = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (!(req.url ?? '').startsWith('/twirp/livekit.Egress/')) return false;
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      void (async () => {
        const method = /^\/twirp\/livekit\.Egress\/(\w+)$/.exec(req.url ?? '')?.[1];
        if (req.method !== 'POST' || !method)
          return answer(res, 404, { code: 'bad_route', msg: 'no such method' });
        try {
          const claims = await verifier.verify((req.headers.authorization ?? '').replace(/^Bearer /, ''));
          if (!claims.video?.roomRecord) throw new Error('no roomRecord grant');
        } catch {
          return answer(res, 401, { code: 'unauthenticated', msg: 'invalid token' });
        }
        const body = JSON.parse(text || '{}') as Record<string, unknown>;
        calls.push({ method, body });
        const info = (egressId: string) => ({ egressId, ...egresses.get(egressId) });
        const id = typeof body['egressId'] === 'string' ? body['egressId'] : '';
        switch (method) {
          case 'StartTrackCompositeEgress': {
            if (refusing)
              return answer(res, 412, { code: 'failed_precondition', msg: 'egress not connected' });
            const egressId = `EG_${egresses.size + 1}`;
            egresses.set(egressId, { roomName: String(body['roomName']), status: 'EGRESS_STARTING' });
            return answer(res, 200, info(egressId));
          }
          case 'ListEgress': {
            const egress = egresses.get(id);
            if (egress?.status === 'EGRESS_STARTING') egress.status = 'EGRESS_ACTIVE';
            return answer(res, 200, { items: egress ? [info(id)] : [] });
          }
          case 'UpdateStream':
            return egresses.has(id)
              ? answer(res, 200, info(id))
              : answer(res, 404, { code: 'not_found', msg: 'egress not found' });
          case 'StopEgress': {
            const egress = egresses.get(id);
            if (!egress) return answer(res, 404, { code: 'not_found', msg: 'egress not found' });
            egress.status = 'EGRESS_ENDING';
            return answer(res, 200, info(id));
          }
          default:
            return answer(res, 404, { code: 'bad_route', msg: method });
        }
      })();
    });
    return true;
  };
  return {
    calls,
    refuseStarts: () => {
      refusing = true;
    },
    handle,
  };
}

/** The Egress API alone on its own port. */
export async function startEgressTwirp(apiKey: string, apiSecret: string): Promise<EgressTwirp> {
  const fake = egressApiFake(apiKey, apiSecret);
  const server: Server = createServer((req, res) => {
    if (!fake.handle(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls: fake.calls,
    refuseStarts: fake.refuseStarts,
    close: () => closeHttpServer(server),
  };
}
