import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessToken } from 'livekit-server-sdk';
import { closeHttpServer } from '../closeHttpServer';

export interface TokenEndpoint {
  url: string;
  /** Each request's JSON body, in order. */
  requests: Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * A shop's backend token endpoint in LiveKit's standard format (POST JSON in,
 * `{server_url, participant_token}` out), requiring `Authorization: Bearer <key>` when given one.
 * The studio publishes ('crosslive.role' host); anyone else only watches.
 */
export async function startTokenEndpoint(options: {
  serverUrl: string;
  apiKey: string;
  apiSecret: string;
  /** Required as a bearer token when set. */
  key?: string;
}): Promise<TokenEndpoint> {
  const requests: Record<string, unknown>[] = [];
  const server: Server = createServer((req, res) => {
    // Viewer pages on other origins ask it with fetch(), as they would a shop's endpoint.
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'content-type, authorization');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const request = JSON.parse(body || '{}') as Record<string, unknown>;
      requests.push(request);
      if (options.key && req.headers.authorization !== `Bearer ${options.key}`)
        return void res.writeHead(401).end();
      const attributes = (request['participant_attributes'] ?? {}) as Record<string, string>;
      const token = new AccessToken(options.apiKey, options.apiSecret, {
        identity: String(request['participant_identity'] ?? 'someone'),
        name: String(request['participant_name'] ?? ''),
        attributes,
      });
      token.addGrant({
        room: String(request['room_name']),
        roomJoin: true,
        canPublish: attributes['crosslive.role'] === 'host',
        canSubscribe: true,
      });
      void token
        .toJwt()
        .then((jwt) =>
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ server_url: options.serverUrl, participant_token: jwt })),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/livekit/token`,
    requests,
    close: () => closeHttpServer(server),
  };
}
