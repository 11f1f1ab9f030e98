import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeHttpServer } from '../closeHttpServer';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** A form body's fields, or a JSON body's. */
  form: URLSearchParams;
  json: unknown;
  /** The bearer (or `OAuth`) token in the Authorization header. */
  token: string | undefined;
}

export type FakeAnswer = { status?: number; json?: unknown; headers?: Record<string, string> } | 'handled';

/** A local HTTP server for one platform's fake: parses what it is sent; answers JSON (or streams). */
export async function fakeHttp(
  answer: (request: FakeRequest, res: ServerResponse) => FakeAnswer | Promise<FakeAnswer>,
): Promise<{ url: string; server: Server; requests: FakeRequest[]; close(): Promise<void> }> {
  const requests: FakeRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      let json: unknown = null;
      try {
        json = body ? JSON.parse(body) : null;
      } catch {
        // a form
      }
      const request: FakeRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        form: new URLSearchParams(json === null ? body : ''),
        json,
        token: /^(?:Bearer|OAuth) (.+)$/.exec(req.headers.authorization ?? '')?.[1],
      };
      requests.push(request);
      void Promise.resolve(answer(request, res)).then((answered) => {
        if (answered === 'handled') return;
        res
          .writeHead(answered.status ?? 200, { 'content-type': 'application/json', ...answered.headers })
          .end(answered.json === undefined ? '' : JSON.stringify(answered.json));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    requests,
    close: () => closeHttpServer(server),
  };
}
