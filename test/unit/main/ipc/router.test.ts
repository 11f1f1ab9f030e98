import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../../src/shared/ipc/errors';
import { IpcRouter } from '../../../../src/main/ipc/router';
import { createSenderCheck } from '../../../../src/main/ipc/senderCheck';
import { createMemoryLogger } from '../../../../src/main/logging/logger';
import { buildServices, testOrigin, trustedSender } from '../../../support/services';
import { makeTempDir } from '../../../support/tempDir';

describe('IpcRouter', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: ReturnType<typeof buildServices>;

  beforeEach(() => {
    dir = makeTempDir();
    services = buildServices(dir.path);
  });
  afterEach(() => {
    services.close();
    dir.remove();
  });

  it('answers a known channel with its value', async () => {
    const result = await services.router.dispatch(trustedSender, 'settings:getAll', undefined);
    expect(result).toMatchObject({ ok: true, value: { outputFps: 30 } });
  });

  it('rejects a channel that is not in the contract', async () => {
    const result = await services.router.dispatch(trustedSender, 'fs:readFile', { path: '/etc/passwd' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_CHANNEL' }) });
  });

  it('rejects a channel name that is not a string, or an inherited property', async () => {
    expect((await services.router.dispatch(trustedSender, 42, undefined)).ok).toBe(false);
    const proto = await services.router.dispatch(trustedSender, '__proto__', undefined);
    expect(proto).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it.each([
    ['a wrong type', { outputFps: '30' }],
    ['an unknown key', { outputFps: 30, nodeIntegration: true }],
    ['an out-of-range value', { outputFps: 25 }],
    ['a bad time zone', { hostTimeZone: 'Mars/Olympus_Mons' }],
    ['a non-websocket URL', { livekitUrl: 'javascript:alert(1)' }],
    ['no object at all', 'outputFps=60'],
  ])('rejects a malformed payload: %s, and writes nothing', async (_label, payload) => {
    const before = services.settings.getAll();
    const result = await services.router.dispatch(trustedSender, 'settings:update', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(services.settings.getAll()).toEqual(before);
  });

  it.each([
    ['another origin', { url: 'https://evil.example/index.html', isMainFrame: true }],
    ['an iframe of our own origin', { url: `${testOrigin}/index.html`, isMainFrame: false }],
    ['a file URL', { url: 'file:///tmp/index.html', isMainFrame: true }],
    ['an empty URL', { url: '', isMainFrame: true }],
    ['a look-alike host', { url: 'http://127.0.0.1.evil.example:5999/', isMainFrame: true }],
  ])('refuses a foreign sender: %s', async (_label, sender) => {
    const result = await services.router.dispatch(sender, 'settings:update', { outputFps: 60 });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(services.settings.getAll().outputFps).toBe(30);
  });

  it('strips response fields the contract does not name', async () => {
    const router = new IpcRouter({ isTrustedSender: () => true, logger: createMemoryLogger() });
    router.handle('app:getInfo', () => ({
      name: 'x',
      version: '1',
      platform: 'linux',
      secretsEncrypted: true,
      systemNotifications: false,
      apiSecret: 'must not leak',
    }));
    const result = await router.dispatch(trustedSender, 'app:getInfo', undefined);
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'x',
        version: '1',
        platform: 'linux',
        secretsEncrypted: true,
        systemNotifications: false,
      },
    });
  });

  it('passes a StudioError code through and hides unexpected errors', async () => {
    const logger = createMemoryLogger();
    const router = new IpcRouter({ isTrustedSender: () => true, logger });
    router.handle('secrets:getStatus', () => {
      throw new StudioError('NOT_FOUND', 'gone');
    });
    router.handle('settings:getAll', () => {
      throw new Error('SQLITE_CORRUPT at /home/host/secret/path');
    });
    expect(await router.dispatch(trustedSender, 'secrets:getStatus', undefined)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'gone' },
    });
    const hidden = await router.dispatch(trustedSender, 'settings:getAll', undefined);
    expect(hidden).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(hidden)).not.toContain('/home/host');
    expect(logger.entries.some((e) => e.level === 'error')).toBe(true);
  });

  it('reports a storage failure as STORAGE_FAILED and changes nothing', async () => {
    services.db.pragma('query_only = ON');
    const result = await services.router.dispatch(trustedSender, 'settings:update', { outputFps: 60 });
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED' } });
    services.db.pragma('query_only = OFF');
    expect(services.settings.getAll().outputFps).toBe(30);
  });

  it('refuses a second handler for one channel', () => {
    const router = new IpcRouter({ isTrustedSender: () => true, logger: createMemoryLogger() });
    router.handle('settings:getAll', () => services.settings.getAll());
    expect(() => router.handle('settings:getAll', () => services.settings.getAll())).toThrow(/already/);
  });

  it('opens only http(s) links externally', async () => {
    const refused = await services.router.dispatch(trustedSender, 'shell:openExternal', {
      url: 'file:///etc/passwd',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    const opened = await services.router.dispatch(trustedSender, 'shell:openExternal', {
      url: 'https://shop.example/p/1',
    });
    expect(opened.ok).toBe(true);
    expect(services.opened).toEqual(['https://shop.example/p/1']);
  });
});

describe('createSenderCheck', () => {
  it('accepts the custom app origin, which Node reports as "null"', () => {
    const check = createSenderCheck(['studio://app']);
    expect(check({ url: 'studio://app/index.html', isMainFrame: true })).toBe(true);
    expect(check({ url: 'studio://other/index.html', isMainFrame: true })).toBe(false);
  });
});
