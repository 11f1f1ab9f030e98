import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testLiveConnection } from '../../../src/main/services/live/connectionTest';
import { LiveCredentials } from '../../../src/main/services/live/liveCredentials';
import { defaultSettings, type Settings } from '../../../src/shared/settings/settings';
import { TestSfu } from '../../sfu/testSfu';
import { freePort } from '../../support/freePort';
import { startTokenEndpoint } from '../../support/livekit/tokenEndpoint';

const apiKey = 'APIconnection';
const apiSecret = 'connection-test-secret-of-reasonable-length-1';

let sfu: TestSfu;
beforeAll(async () => {
  sfu = new TestSfu({ apiKey, apiSecret });
  await sfu.start();
});
afterAll(() => sfu.stop());

function credentials(patch: Partial<Settings>, secrets: { apiSecret?: string; endpointKey?: string } = {}) {
  return new LiveCredentials({
    settings: () => ({ ...defaultSettings, livekitRoom: 'factory-show', ...patch }),
    apiSecret: () => secrets.apiSecret,
    endpointKey: () => secrets.endpointKey,
    timeoutMs: 2000,
  });
}

describe('LiveKit credentials and the connection test', () => {
  it('mints with the API key and secret, and the server accepts the token', async () => {
    const join = await credentials({ livekitUrl: sfu.url, livekitApiKey: apiKey }, { apiSecret }).create({
      identity: 'studio',
      role: 'host',
    });
    expect(join.serverUrl).toBe(sfu.url);
    const result = await testLiveConnection(join);
    expect(result.serverUrl).toBe(sfu.url);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('reports a wrong secret as refused, not as unreachable', async () => {
    const join = await credentials(
      { livekitUrl: sfu.url, livekitApiKey: apiKey },
      { apiSecret: 'a-different-secret-of-reasonable-length-0001' },
    ).create({ identity: 'studio', role: 'host' });
    await expect(testLiveConnection(join)).rejects.toMatchObject({ code: 'LIVE_NOT_ALLOWED' });
  });

  it('reports an expired token as refused', async () => {
    const strict = new TestSfu({ apiKey, apiSecret, clockToleranceSeconds: 0 });
    await strict.start();
    try {
      const token = new AccessToken(apiKey, apiSecret, { identity: 'studio', ttl: 1 });
      token.addGrant({ room: 'factory-show', roomJoin: true });
      const jwt = await token.toJwt();
      await expect(testLiveConnection({ serverUrl: strict.url, token: jwt })).resolves.toBeDefined();
      await new Promise((resolve) => setTimeout(resolve, 2100));
      await expect(testLiveConnection({ serverUrl: strict.url, token: jwt })).rejects.toMatchObject({
        code: 'LIVE_NOT_ALLOWED',
      });
    } finally {
      await strict.stop();
    }
  });

  it('reports a closed port and a web server that is not LiveKit as unreachable', async () => {
    const port = await freePort();
    await expect(
      testLiveConnection({ serverUrl: `ws://127.0.0.1:${port}`, token: 'x' }, 2000),
    ).rejects.toMatchObject({
      code: 'LIVE_UNREACHABLE',
    });
    const web = createServer((_req, res) => res.writeHead(404).end());
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    try {
      const url = `ws://127.0.0.1:${(web.address() as AddressInfo).port}`;
      await expect(testLiveConnection({ serverUrl: url, token: 'x' })).rejects.toMatchObject({
        code: 'LIVE_UNREACHABLE',
      });
    } finally {
      web.close();
    }
  });

  it('asks the shop’s token endpoint in LiveKit’s standard format, with its key', async () => {
    const endpoint = await startTokenEndpoint({ serverUrl: sfu.url, apiKey, apiSecret, key: 'shop-key' });
    try {
      const source = credentials(
        { livekitAuth: 'tokenEndpoint', livekitTokenEndpoint: endpoint.url },
        { endpointKey: 'shop-key' },
      );
      const join = await source.create({ identity: 'studio', name: 'Mei', role: 'host' });
      expect(join.serverUrl).toBe(sfu.url);
      expect((await new TokenVerifier(apiKey, apiSecret).verify(join.token)).video?.room).toBe(
        'factory-show',
      );
      expect(endpoint.requests[0]).toEqual({
        room_name: 'factory-show',
        participant_identity: 'studio',
        participant_name: 'Mei',
        participant_attributes: { 'crosslive.role': 'host' },
      });
      await expect(testLiveConnection(join)).resolves.toMatchObject({ serverUrl: sfu.url });

      const withoutKey = credentials({ livekitAuth: 'tokenEndpoint', livekitTokenEndpoint: endpoint.url });
      await expect(withoutKey.create({ identity: 'studio', role: 'host' })).rejects.toMatchObject({
        code: 'LIVE_NOT_ALLOWED',
      });
    } finally {
      await endpoint.close();
    }
  });

  it('names a token endpoint that answers something else, and one that is down', async () => {
    const web = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>shop</h1>'),
    );
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(web.address() as AddressInfo).port}/token`;
      const source = credentials({ livekitAuth: 'tokenEndpoint', livekitTokenEndpoint: url });
      await expect(source.create({ identity: 'studio', role: 'host' })).rejects.toMatchObject({
        code: 'LIVE_TOKEN_ENDPOINT',
      });
    } finally {
      web.close();
    }
    const port = await freePort();
    const down = credentials({
      livekitAuth: 'tokenEndpoint',
      livekitTokenEndpoint: `http://127.0.0.1:${port}/t`,
    });
    await expect(down.create({ identity: 'studio', role: 'host' })).rejects.toMatchObject({
      code: 'LIVE_UNREACHABLE',
    });
  });

  it('refuses to mint without a server address, key or secret', async () => {
    await expect(
      credentials({}, { apiSecret }).create({ identity: 's', role: 'host' }),
    ).rejects.toMatchObject({
      code: 'LIVE_NOT_CONFIGURED',
    });
    await expect(
      credentials({ livekitUrl: sfu.url, livekitApiKey: apiKey }).create({ identity: 's', role: 'host' }),
    ).rejects.toMatchObject({ code: 'LIVE_NOT_CONFIGURED' });
  });
});
