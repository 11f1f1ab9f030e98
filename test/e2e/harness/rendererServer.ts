import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { resolveAppAsset } from '../../../src/main/security/appProtocol';
import { buildContentSecurityPolicy } from '../../../src/main/security/csp';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface RendererServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer over http on 127.0.0.1 the way `studio://app` serves
 * it in Electron: same path resolution (resolveAppAsset) and the same production
 * CSP on every response, so CSP violations fail the e2e tests here too.
 */
export async function startRendererServer(rendererDir: string): Promise<RendererServer> {
  const csp = buildContentSecurityPolicy('production');
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveAppAsset(rendererDir, `studio://app${path}`);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
            'Content-Security-Policy': csp,
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'no-store',
          })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
