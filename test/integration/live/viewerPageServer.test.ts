import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenVerifier } from 'livekit-server-sdk';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../src/main/logging/logger';
import { mintLiveToken } from '../../../src/main/services/live/liveTokens';
import { ViewerPageServer } from '../../../src/main/services/live/viewerPageServer';
import { ViewerIdentities } from '../../../src/main/services/live/viewerIdentities';
import { makeTempDir } from '../../support/tempDir';

const credentials = { apiKey: 'APIpage', apiSecret: 'viewer-page-server-secret-of-length-000001' };

describe('the viewer page server', () => {
  const dir = makeTempDir('viewer-page-');
  const rendererDir = join(dir.path, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'viewer.html'), '<!doctype html><title>viewer</title>');
  writeFileSync(join(rendererDir, 'assets', 'viewer-1.js'), 'export {};');
  writeFileSync(join(rendererDir, 'index.html'), 'the studio itself');
  writeFileSync(join(dir.path, 'outside.txt'), 'not for viewers');
  afterAll(() => dir.remove());
  let server: ViewerPageServer | undefined;
  afterEach(() => server?.close());

  // The studio's key for identities, as the secret store would keep it across runs.
  const kept = new Map<string, string>();
  const keyStore = {
    get: (name: string) => kept.get(name),
    set: (name: string, v: string) => kept.set(name, v),
  };

  const start = (devServerOrigin?: string) => {
    const identities = new ViewerIdentities(keyStore);
    server = new ViewerPageServer({
      identityFor: (browserKey) => identities.identityFor(browserKey),
      rendererDir,
      logger: createMemoryLogger(),
      devServerOrigin,
      credentials: async (request) => ({
        serverUrl: 'wss://live.example.com',
        token: await mintLiveToken(credentials, { ...request, room: 'show' }),
      }),
    });
    return server.url();
  };

  it('serves the page and its assets with a CSP, and nothing else of the build', async () => {
    const url = await start();
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>viewer</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${url}assets/viewer-1.js`)).headers.get('content-type')).toContain('javascript');
    for (const path of ['index.html', 'assets/../index.html', 'assets/%2e%2e/%2e%2e/outside.txt', 'token']) {
      expect((await fetch(`${url}${path}`)).status, path).not.toBe(200);
    }
  });

  it('mints viewer tokens in LiveKit’s standard format: subscribe and data, never publish', async () => {
    const url = await start();
    const response = await fetch(`${url}token`, {
      method: 'POST',
      body: JSON.stringify({
        participant_name: 'Ana',
        participant_attributes: { 'crosslive.market': 'br', 'crosslive.role': 'host' },
        room_name: 'someone-elses-room',
      }),
    });
    const answer = (await response.json()) as { server_url: string; participant_token: string };
    expect(answer.server_url).toBe('wss://live.example.com');
    const claims = await new TokenVerifier(credentials.apiKey, credentials.apiSecret).verify(
      answer.participant_token,
    );
    expect(claims.sub).toMatch(/^viewer-[0-9a-f]{16}$/);
    expect(claims.name).toBe('Ana');
    // The room is the studio's; only the market attribute is taken from the request.
    expect(claims.video).toMatchObject({ room: 'show', canPublish: false, canSubscribe: true });
    expect(claims.attributes).toEqual({ 'crosslive.market': 'br' });
  });

  it('gives a browser the same identity on every visit, derived so the room never sees its key', async () => {
    const identity = async (url: string, key?: string) => {
      const response = await fetch(`${url}token`, {
        method: 'POST',
        body: JSON.stringify({ participant_name: 'Ana', participant_identity: key }),
      });
      const { participant_token } = (await response.json()) as { participant_token: string };
      const claims = await new TokenVerifier(credentials.apiKey, credentials.apiSecret).verify(
        participant_token,
      );
      return claims.sub ?? '';
    };
    const browserKey = 'Zx3kQ9v2LmN8pR4tY6wB1c';
    const first = await identity(await start(), browserKey);
    expect(first).toMatch(/^viewer-[A-Za-z0-9_-]{22}$/);
    expect(first).not.toContain(browserKey);
    expect(await identity(await start(), browserKey)).toBe(first); // a restart of the studio
    expect(await identity(await start(), 'Zx3kQ9v2LmN8pR4tY6wB1d')).not.toBe(first); // another browser
    // Someone who copies the identity from the room and sends it as their key gets another one.
    expect(await identity(await start(), first)).not.toBe(first);
    // A malformed key is ignored: a one-off identity, as for a page that cannot keep one.
    expect(await identity(await start(), 'not a key')).toMatch(/^viewer-[0-9a-f]{16}$/);
    // Another studio (another key) gives the same browser another identity.
    kept.clear();
    expect(await identity(await start(), browserKey)).not.toBe(first);
  });

  it('refuses malformed and oversized token requests', async () => {
    const url = await start();
    expect((await fetch(`${url}token`, { method: 'POST', body: '{not json' })).status).toBe(400);
    const name = 'x'.repeat(65);
    expect(
      (await fetch(`${url}token`, { method: 'POST', body: JSON.stringify({ participant_name: name }) }))
        .status,
    ).toBe(400);
    const huge = await fetch(`${url}token`, { method: 'POST', body: 'x'.repeat(64 * 1024) }).catch(
      () => undefined,
    );
    expect(huge?.status ?? 400).toBe(400);
  });

  it('while developing, points at Vite’s page and answers its origin only', async () => {
    const url = await start('http://localhost:5173');
    expect(url).toMatch(
      /^http:\/\/localhost:5173\/viewer\.html\?endpoint=http%3A%2F%2F127\.0\.0\.1%3A\d+%2Ftoken$/,
    );
    const endpoint = decodeURIComponent(url.split('endpoint=')[1] ?? '');
    const allowed = await fetch(endpoint, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const other = await fetch(endpoint, {
      method: 'POST',
      body: '{}',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
