/**
 * The browser studio's door, tried as an attacker on this computer would: a page
 * of another origin, no token, a wrong token, a DNS-rebound Host, a second page
 * with the right token, and frames that are not messages. The server and the
 * services are the real ones; the client is `ws`, which can set any header.
 */
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { BrowserStudioServer } from '../../../src/main/browserStudio/browserStudioServer';
import { createMemoryLogger } from '../../../src/main/logging/logger';
import {
  bridgeProtocol,
  decodeBridgeMessage,
  encodeBridgeMessage,
} from '../../../src/shared/ipc/bridgeProtocol';
import { buildServices } from '../../support/services';
import { storedSetting } from '../../support/sqlite';
import { makeTempDir } from '../../support/tempDir';

let server: BrowserStudioServer;
let services: ReturnType<typeof buildServices>;
let dir: ReturnType<typeof makeTempDir>;
const open: WebSocket[] = [];

beforeEach(async () => {
  dir = makeTempDir('crosslive-bridge-');
  server = await BrowserStudioServer.listen({ rendererDir: dir.path, logger: createMemoryLogger() });
  services = buildServices(dir.path, { origin: server.origin });
  server.serve(services.router, services.events);
});

afterEach(async () => {
  for (const ws of open.splice(0)) ws.terminate();
  await server.close();
  services.close();
  dir.remove();
});

const token = () => new URL(server.url).hash.replace('#token=', '');
const bridgeUrl = () => `${server.origin.replace('http:', 'ws:')}/studio-bridge`;

interface Attempt {
  origin?: string;
  host?: string;
  protocols?: string[];
}

/** Opens the bridge as told; answers 'open', the refused HTTP status, or the close code. */
function connect(attempt: Attempt = {}): Promise<{ outcome: string; ws: WebSocket }> {
  const ws = new WebSocket(bridgeUrl(), attempt.protocols ?? [bridgeProtocol, token()], {
    origin: attempt.origin ?? server.origin,
    headers: attempt.host ? { host: attempt.host } : {},
  });
  open.push(ws);
  return new Promise((resolve) => {
    ws.once('open', () => resolve({ outcome: 'open', ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ outcome: `http ${res.statusCode}`, ws }));
    ws.once('close', (code) => resolve({ outcome: `closed ${code}`, ws }));
    ws.once('error', () => undefined);
  });
}

/** One call over an open socket, answered with main's result. */
let nextId = 1;
function invoke(ws: WebSocket, channel: string, payload?: unknown): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const message = decodeBridgeMessage(data);
      if (message?.kind !== 'result' || message.id !== id) return; // main's events pass by
      ws.off('message', onMessage);
      resolve(message.result);
    };
    ws.on('message', onMessage);
    ws.send(encodeBridgeMessage({ kind: 'invoke', id, channel, payload }));
  });
}

/** The code the server closed an accepted socket with. */
const closeCode = (ws: WebSocket) => new Promise<number>((resolve) => ws.once('close', resolve));

describe('the browser studio bridge', () => {
  it('serves its own page with the run’s token, and main answers', async () => {
    const { outcome, ws } = await connect();
    expect(outcome).toBe('open');
    expect(await invoke(ws, 'settings:update', { outputFps: 60 })).toMatchObject({ ok: true });
    expect(storedSetting(dir.path, 'outputFps')).toBe(60);
  });

  it('carries bytes as bytes, both ways', async () => {
    const { ws } = await connect();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const imported = (await invoke(ws, 'media:import', {
      name: 'dot.png',
      mimeType: 'image/png',
      data: new Uint8Array(png),
    })) as { ok: boolean; value: { id: string } };
    expect(imported.ok).toBe(true);
    const read = (await invoke(ws, 'media:read', { id: imported.value.id })) as { value: Uint8Array };
    expect(Buffer.from(read.value).equals(png)).toBe(true);
  });

  it('refuses a page of another origin, even with the token', async () => {
    expect((await connect({ origin: 'http://127.0.0.1:1' })).outcome).toBe('http 403');
    expect((await connect({ origin: 'https://shop.example' })).outcome).toBe('http 403');
  });

  it('refuses a missing or a wrong token', async () => {
    expect((await connect({ protocols: [bridgeProtocol] })).outcome).toBe('http 401');
    expect((await connect({ protocols: [bridgeProtocol, 'f'.repeat(48)] })).outcome).toBe('http 401');
    expect((await connect({ protocols: [token()] })).outcome).toBe('http 400');
  });

  it('refuses a Host that is not its loopback address (DNS rebinding), for the page too', async () => {
    const port = new URL(server.origin).port;
    expect((await connect({ host: `rebind.example:${port}` })).outcome).toBe('http 421');
    const status = await new Promise<number | undefined>((resolve) =>
      request(`${server.origin}/index.html`, { headers: { host: `localhost:${port}` } }, (res) =>
        resolve(res.statusCode),
      ).end(),
    );
    expect(status).toBe(421);
  });

  it('refuses a second page with the same token while the first holds the studio', async () => {
    const first = await connect();
    expect(first.outcome).toBe('open');
    // The second is let in only to be told why it is refused, so the page can say it in words.
    const second = await connect();
    expect(await closeCode(second.ws)).toBe(4409);
    expect(await invoke(first.ws, 'settings:getAll')).toMatchObject({ ok: true });
    // Once the first page has gone (a reload), the studio is free again.
    first.ws.close();
    await new Promise((resolve) => first.ws.once('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await connect()).outcome).toBe('open');
  });

  it('closes on a text frame or a frame that is not a message, and main is untouched', async () => {
    const { ws } = await connect();
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    ws.send(Buffer.from([0xc1, 0x00, 0xff]));
    expect(await closed).toBe(1007);
    const again = await connect();
    const closedAgain = new Promise<number>((resolve) => again.ws.once('close', resolve));
    again.ws.send('{"kind":"invoke","id":1,"channel":"settings:update","payload":{"outputFps":60}}');
    expect(await closedAgain).toBe(1007);
    expect(storedSetting(dir.path, 'outputFps')).toBeUndefined();
  });

  it('pushes main’s events to the page', async () => {
    const { ws } = await connect();
    const event = new Promise((resolve) =>
      ws.once('message', (data: Buffer) => resolve(decodeBridgeMessage(data))),
    );
    services.settings.update({ outputFps: 60 });
    expect(await event).toMatchObject({ kind: 'event', event: 'settings:onChanged' });
  });

  it('sends the events of one turn as one frame, in order, and a call’s events before its answer', async () => {
    const { ws } = await connect();
    const frames: unknown[] = [];
    ws.on('message', (data: Buffer) => frames.push(decodeBridgeMessage(data)));
    services.settings.update({ outputFps: 60 });
    services.settings.update({ outputFps: 30 });
    await expect.poll(() => frames.length).toBe(1);
    expect(frames[0]).toMatchObject({
      kind: 'events',
      events: [
        { event: 'settings:onChanged', payload: expect.objectContaining({ outputFps: 60 }) },
        { event: 'settings:onChanged', payload: expect.objectContaining({ outputFps: 30 }) },
      ],
    });

    frames.length = 0;
    await invoke(ws, 'settings:update', { outputFps: 60 });
    expect(frames.map((f) => (f as { kind: string }).kind)).toEqual(['event', 'result']);
  });
});
