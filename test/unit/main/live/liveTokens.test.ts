import { TokenVerifier } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import { mintLiveToken } from '../../../../src/main/services/live/liveTokens';
import { buildServices, trustedSender } from '../../../support/services';
import { makeTempDir } from '../../../support/tempDir';

const credentials = { apiKey: 'APIstudio', apiSecret: 'a-secret-long-enough-for-hs256-signing-0123' };

describe('LiveKit tokens', () => {
  it('are signed for the key, the room and the role, and verify with the secret', async () => {
    const jwt = await mintLiveToken(credentials, { room: 'show-1', identity: 'host', role: 'host' });
    const claims = await new TokenVerifier(credentials.apiKey, credentials.apiSecret).verify(jwt);
    expect(claims.sub).toBe('host');
    expect(claims.video).toMatchObject({
      room: 'show-1',
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
    });
    const viewer = await new TokenVerifier(credentials.apiKey, credentials.apiSecret).verify(
      await mintLiveToken(credentials, { room: 'show-1', identity: 'v1', role: 'viewer' }),
    );
    expect(viewer.video?.canPublish).toBe(false);
  });

  it('fail verification with a wrong secret, and once expired', async () => {
    const jwt = await mintLiveToken(credentials, { room: 'r', identity: 'h', role: 'host' });
    await expect(
      new TokenVerifier(credentials.apiKey, 'another-secret-of-sufficient-length-0000').verify(jwt),
    ).rejects.toThrow();
    const short = await mintLiveToken(credentials, { room: 'r', identity: 'h', role: 'host', ttlSeconds: 1 });
    await new Promise((r) => setTimeout(r, 2100));
    // verify() allows some clock skew by default; with none, an expired token fails.
    await expect(
      new TokenVerifier(credentials.apiKey, credentials.apiSecret).verify(short, 0),
    ).rejects.toThrow(/exp/);
  });

  it('are refused without a key or a secret', async () => {
    await expect(
      mintLiveToken({ apiKey: '', apiSecret: 's' }, { room: 'r', identity: 'h', role: 'host' }),
    ).rejects.toMatchObject({
      code: 'LIVE_NOT_CONFIGURED',
    });
    await expect(
      mintLiveToken({ apiKey: 'k', apiSecret: undefined }, { room: 'r', identity: 'h', role: 'host' }),
    ).rejects.toMatchObject({
      code: 'LIVE_NOT_CONFIGURED',
    });
  });

  it('come from main over IPC with the key from settings and the secret from the secret store', async () => {
    const dir = makeTempDir();
    const services = buildServices(dir.path);
    try {
      const request = { identity: 'host', role: 'host' as const };
      expect(await services.router.dispatch(trustedSender, 'live:createToken', request)).toMatchObject({
        ok: false,
        error: { code: 'LIVE_NOT_CONFIGURED' },
      });
      services.settings.update({
        livekitApiKey: credentials.apiKey,
        livekitUrl: 'wss://live.example.com',
        livekitRoom: 'show-1',
        liveRoomMode: 'voice',
      });
      services.secrets.set('livekitApiSecret', credentials.apiSecret);
      const answer = await services.router.dispatch(trustedSender, 'live:createToken', request);
      if (!answer.ok) throw new Error('no token');
      const { token, serverUrl } = answer.value as { token: string; serverUrl: string };
      expect(serverUrl).toBe('wss://live.example.com');
      const claims = await new TokenVerifier(credentials.apiKey, credentials.apiSecret).verify(token);
      expect(claims.sub).toBe('host');
      expect(claims.video?.room).toBe('show-1');
      // The room's mode (main's setting) rides in the studio's attributes, for viewer pages.
      expect(claims.attributes).toEqual({ 'crosslive.mode': 'voice' });
      // The page cannot choose it, and a guest's token carries none.
      const chosen = await services.router.dispatch(trustedSender, 'live:createToken', {
        ...request,
        mode: 'show',
      });
      expect(chosen).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
      const guest = await services.router.dispatch(trustedSender, 'live:createToken', {
        identity: 'guest-1',
        role: 'guest',
      });
      if (!guest.ok) throw new Error('no guest token');
      const guestClaims = await new TokenVerifier(credentials.apiKey, credentials.apiSecret).verify(
        (guest.value as { token: string }).token,
      );
      expect(guestClaims.attributes ?? {}).toEqual({});
    } finally {
      services.close();
      dir.remove();
    }
  });

  it('are ready when main says so: what is missing, by name, the secret included', async () => {
    const dir = makeTempDir();
    const services = buildServices(dir.path);
    const readiness = async () => services.router.dispatch(trustedSender, 'live:readiness', undefined);
    try {
      expect(await readiness()).toEqual({
        ok: true,
        value: { missing: ['livekitUrl', 'livekitApiKey', 'livekitApiSecret'] },
      });
      services.settings.update({ livekitApiKey: credentials.apiKey, livekitUrl: 'wss://live.example.com' });
      expect(await readiness()).toEqual({ ok: true, value: { missing: ['livekitApiSecret'] } });
      services.secrets.set('livekitApiSecret', credentials.apiSecret);
      expect(await readiness()).toEqual({ ok: true, value: { missing: [] } });
      services.settings.update({ livekitAuth: 'tokenEndpoint' });
      expect(await readiness()).toEqual({ ok: true, value: { missing: ['livekitTokenEndpoint'] } });
    } finally {
      services.close();
      dir.remove();
    }
  });
});
