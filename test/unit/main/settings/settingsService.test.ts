import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../src/shared/settings/settings';
import { buildServices, trustedSender } from '../../../support/services';
import { makeTempDir } from '../../../support/tempDir';

describe('SettingsService', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('takes language and time zone from the system on first start', () => {
    const services = buildServices(dir.path, {
      system: { languages: ['ar-SA', 'en-US'], timeZone: 'Asia/Riyadh' },
      setUp: false,
    });
    expect(services.settings.getAll()).toEqual({
      ...defaultSettings,
      language: 'ar',
      hostTimeZone: 'Asia/Riyadh',
    });
    services.close();
  });

  it('remembers the choice across restarts even when the system changes', async () => {
    const first = buildServices(dir.path, {
      system: { languages: ['es-MX'], timeZone: 'America/Mexico_City' },
    });
    await first.router.dispatch(trustedSender, 'settings:update', { language: 'pt-BR', outputFps: 60 });
    first.close();

    const second = buildServices(dir.path, { system: { languages: ['zh-CN'], timeZone: 'Asia/Shanghai' } });
    expect(second.settings.getAll()).toMatchObject({
      language: 'pt-BR',
      outputFps: 60,
      hostTimeZone: 'America/Mexico_City',
    });
    second.close();
  });

  it('sizes the output to the computer on the very first start only', () => {
    const system = (cpuCores: number) => ({ languages: ['zh-CN'], timeZone: 'Asia/Shanghai', cpuCores });
    const twoCores = buildServices(dir.path, { system: system(2), setUp: false });
    expect(twoCores.settings.getAll().outputResolution).toBe('1280x720');
    twoCores.close();

    const other = makeTempDir();
    const eightCores = buildServices(other.path, { system: system(8), setUp: false });
    expect(eightCores.settings.getAll().outputResolution).toBe('1920x1080');
    eightCores.close();
    other.remove();

    // A studio in use (set up by a build that did not size its output), updated on a small
    // computer, keeps the size its recordings have.
    const inUse = makeTempDir();
    buildServices(inUse.path, { system: { languages: ['zh-CN'], timeZone: 'Asia/Shanghai' } }).close();
    const updated = buildServices(inUse.path, { system: system(2) });
    expect(updated.settings.getAll().outputResolution).toBe('1920x1080');
    updated.close();
    inUse.remove();
  });

  it('keeps the UTC default when the system reports an unknown zone', () => {
    const services = buildServices(dir.path, { system: { languages: ['en'], timeZone: 'Nowhere/Special' } });
    expect(services.settings.getAll().hostTimeZone).toBe('UTC');
    services.close();
  });

  it('tells every window about a change', async () => {
    const services = buildServices(dir.path);
    const seen: unknown[] = [];
    services.events.connect((event, payload) => seen.push([event, payload]));
    await services.router.dispatch(trustedSender, 'settings:update', { hostDisplayName: 'Mei' });
    expect(seen).toEqual([['settings:onChanged', expect.objectContaining({ hostDisplayName: 'Mei' })]]);
    services.close();
  });

  it('uses the default for an unreadable row but never deletes it', () => {
    // Rows another build wrote, found at the next start.
    const before = buildServices(dir.path);
    before.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('outputFps', '"ninety"');
    before.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('futureSetting', '1');
    before.close();
    const services = buildServices(dir.path);
    expect(services.settings.getAll().outputFps).toBe(30);
    expect(services.logger.entries.some((e) => e.message === 'ignoring unreadable setting')).toBe(true);
    services.close();

    const raw = new Database(`${dir.path}/studio.sqlite`);
    expect(
      raw
        .prepare('SELECT count(*) FROM settings WHERE key IN (?, ?)')
        .pluck()
        .get('outputFps', 'futureSetting'),
    ).toBe(2);
    raw.close();
  });
});
