import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * Answers with one file of the built renderer and the given headers (its CSP
 * among them), or 404 when it cannot be read. `file` is already resolved inside
 * the renderer folder by the caller.
 */
export async function sendStaticFile(
  res: ServerResponse,
  file: string,
  headers: Record<string, string>,
  method = 'GET',
): Promise<void> {
  const body = await readFile(file).catch(() => undefined);
  if (!body) return void res.writeHead(404).end();
  res.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(method === 'HEAD' ? undefined : body);
}
