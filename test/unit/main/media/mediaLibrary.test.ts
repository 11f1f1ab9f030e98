import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServices, trustedSender } from '../../../support/services';
import { makeTempDir } from '../../../support/tempDir';

const png = readFileSync(join(import.meta.dirname, '../../../../resources/icon.png'));
const webmHeader = Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]);

describe('MediaLibrary', () => {
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

  it('imports a PNG into the media folder and reads it back byte for byte', async () => {
    const imported = await services.router.dispatch(trustedSender, 'media:import', {
      name: 'logo.png',
      mimeType: 'image/png',
      data: new Uint8Array(png),
    });
    expect(imported).toMatchObject({
      ok: true,
      value: { name: 'logo.png', kind: 'image', size: png.byteLength },
    });
    const id = imported.ok ? (imported.value as { id: string }).id : '';
    expect(id).toMatch(/\.png$/);
    expect(readFileSync(join(dir.path, 'media', id)).equals(png)).toBe(true);
    const read = await services.router.dispatch(trustedSender, 'media:read', { id });
    expect(read.ok && Buffer.from(read.value as Uint8Array).equals(png)).toBe(true);
  });

  it.each([
    ['an executable named .png', 'evil.png', 'image/png', Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03])],
    ['a video declared as an image', 'clip.png', 'image/png', webmHeader],
    ['an unsupported type', 'doc.pdf', 'application/pdf', Uint8Array.from([0x25, 0x50, 0x44, 0x46])],
    ['an empty file', 'empty.webm', 'video/webm', new Uint8Array()],
  ])('refuses %s and stores nothing', async (_label, name, mimeType, data) => {
    const result = await services.router.dispatch(trustedSender, 'media:import', { name, mimeType, data });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(services.media.list()).toEqual([]);
  });

  it('accepts a WebM video by its EBML header', () => {
    expect(services.media.import('promo.webm', 'video/webm', webmHeader)).toMatchObject({ kind: 'video' });
  });

  it('reports a deleted file as NOT_FOUND, and refuses ids that are paths', async () => {
    const asset = services.media.import('promo.webm', 'video/webm', webmHeader);
    services.media.delete(asset.id);
    expect(await services.router.dispatch(trustedSender, 'media:read', { id: asset.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const escape = await services.router.dispatch(trustedSender, 'media:read', { id: '../studio.sqlite' });
    expect(escape).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });
});
