import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { closeHttpServer } from '../support/closeHttpServer';

/**
 * Serves a blank page, the real livekit-client ESM build and pagePicture.mjs,
 * so a test page can `import('/livekit-client.mjs')` and act as any LiveKit
 * participant, and `import('/picture.mjs')` to look at what it receives.
 */
export async function startClientPageServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const client = readFileSync(
    join(import.meta.dirname, '../../node_modules/livekit-client/dist/livekit-client.esm.mjs'),
  );
  const picture = readFileSync(join(import.meta.dirname, 'pagePicture.mjs'));
  const server: Server = createServer((req, res) => {
    if (req.url === '/livekit-client.mjs' || req.url === '/picture.mjs') {
      res
        .writeHead(200, { 'content-type': 'text/javascript' })
        .end(req.url === '/picture.mjs' ? picture : client);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>peer</title>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => closeHttpServer(server),
  };
}
