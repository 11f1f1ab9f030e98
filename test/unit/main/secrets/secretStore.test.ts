import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../../src/shared/ipc/contract';
import { buildServices, trustedSender } from '../../../support/services';
import { makeTempDir } from '../../../support/tempDir';

const secret = 'sk_live_7f3a9c1e-very-private';

function rawRow(dir: string, name: string): { value: Buffer; encrypted: number } | undefined {
  const db = new Database(`${dir}/studio.sqlite`, { readonly: true });
  const row = db.prepare('SELECT value, encrypted FROM secrets WHERE name = ?').get(name) as
    { value: Buffer; encrypted: number } | undefined;
  db.close();
  return row;
}

describe('SecretStore', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('stores secrets encrypted and gives them back only inside main', async () => {
    const services = buildServices(dir.path);
    const set = await services.router.dispatch(trustedSender, 'secrets:set', {
      name: 'livekitApiSecret',
      value: secret,
    });
    expect(set.ok).toBe(true);
    expect(services.secrets.get('livekitApiSecret')).toBe(secret);

    const row = rawRow(dir.path, 'livekitApiSecret');
    expect(row?.encrypted).toBe(1);
    expect(row?.value.toString('latin1')).not.toContain('private');
    services.close();
  });

  it('never sends a secret value over any channel', async () => {
    const services = buildServices(dir.path);
    services.secrets.set('obsPassword', secret);
    // A refused port: the refresh channel fails fast, and its error must not echo the address.
    const calendarToken = 'private-calendar-token-5f2a';
    services.secrets.set('teamCalendarUrl', `http://127.0.0.1:9/${calendarToken}/basic.ics`);
    for (const channel of invokeChannels) {
      const answer = JSON.stringify(await services.router.dispatch(trustedSender, channel, undefined));
      expect(answer).not.toContain(secret);
      expect(answer).not.toContain(calendarToken);
    }
    expect(await services.router.dispatch(trustedSender, 'secrets:getStatus', undefined)).toEqual({
      ok: true,
      value: {
        livekitApiSecret: false,
        livekitTokenEndpointKey: false,
        obsPassword: true,
        translationApiKey: false,
        teamCalendarUrl: true,
        youtubeClientSecret: false,
        facebookPageToken: false,
      },
    });
    services.close();
  });

  it('clears a secret', async () => {
    const services = buildServices(dir.path);
    services.secrets.set('obsPassword', secret);
    await services.router.dispatch(trustedSender, 'secrets:clear', { name: 'obsPassword' });
    expect(services.secrets.get('obsPassword')).toBeUndefined();
    expect(rawRow(dir.path, 'obsPassword')).toBeUndefined();
    services.close();
  });

  it('tells every window which secrets are set after each change, never their values', async () => {
    const services = buildServices(dir.path);
    const heard: unknown[] = [];
    services.events.connect((event, payload) => {
      if (event === 'secrets:onChanged') heard.push(payload);
    });
    await services.router.dispatch(trustedSender, 'secrets:set', {
      name: 'translationApiKey',
      value: secret,
    });
    await services.router.dispatch(trustedSender, 'secrets:clear', { name: 'translationApiKey' });
    expect(heard).toHaveLength(2);
    expect(heard[0]).toMatchObject({ translationApiKey: true, obsPassword: false });
    expect(heard[1]).toMatchObject({ translationApiKey: false });
    expect(JSON.stringify(heard)).not.toContain(secret);
    services.close();
  });

  it('refuses unknown secret names and empty values', async () => {
    const services = buildServices(dir.path);
    for (const payload of [
      { name: 'sshKey', value: 'x' },
      { name: 'obsPassword', value: '' },
      { name: 'obsPassword', value: 'x'.repeat(5000) },
    ]) {
      const result = await services.router.dispatch(trustedSender, 'secrets:set', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    }
    services.close();
  });

  it('falls back to unencrypted storage with a loud warning when no keychain exists', async () => {
    const services = buildServices(dir.path, { encryptionAvailable: false });
    expect(services.logger.entries.some((e) => e.level === 'warn' && /UNENCRYPTED/.test(e.message))).toBe(
      true,
    );
    services.secrets.set('obsPassword', secret);
    expect(rawRow(dir.path, 'obsPassword')?.encrypted).toBe(0);
    expect(services.secrets.get('obsPassword')).toBe(secret);
    const info = await services.router.dispatch(trustedSender, 'app:getInfo', undefined);
    expect(info).toMatchObject({ ok: true, value: { secretsEncrypted: false } });
    services.close();
  });
});
