import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCollection } from '../../../../src/shared/scenes/edits';
import { silkScarf } from '../../../support/products';
import { buildServices, trustedSender } from '../../../support/services';
import { makeTempDir } from '../../../support/tempDir';

describe('catalog and scenes in SQLite', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('saves a product with its market variants and reads it back after a restart', async () => {
    const first = buildServices(dir.path);
    const events: unknown[] = [];
    first.events.connect((event) => events.push(event));
    expect(await first.router.dispatch(trustedSender, 'catalog:saveProduct', silkScarf)).toMatchObject({
      ok: true,
    });
    expect(events).toEqual(['catalog:onChanged']);
    first.close();

    const second = buildServices(dir.path);
    expect(await second.router.dispatch(trustedSender, 'catalog:listProducts', undefined)).toEqual({
      ok: true,
      value: [silkScarf],
    });
    second.close();
  });

  it('replaces variants on save and removes them with the product', async () => {
    const services = buildServices(dir.path);
    services.catalog.save(silkScarf);
    services.catalog.save({ ...silkScarf, variants: silkScarf.variants.slice(1) });
    expect(services.catalog.list()[0]?.variants.map((v) => v.market)).toEqual(['sa', 'us-east']);
    await services.router.dispatch(trustedSender, 'catalog:deleteProduct', { id: silkScarf.id });
    expect(services.catalog.list()).toEqual([]);
    expect(services.db.prepare('SELECT count(*) FROM product_variants').pluck().get()).toBe(0);
    services.close();
  });

  it.each([
    ['an unknown currency', { ...silkScarf.variants[0], currency: 'XYZ' }],
    ['a reversed shipping range', { ...silkScarf.variants[0], shippingDaysMin: 9, shippingDaysMax: 3 }],
    ['a javascript: buy link', { ...silkScarf.variants[0], productUrl: 'javascript:alert(1)' }],
    ['a negative price', { ...silkScarf.variants[0], price: -1 }],
  ])('refuses %s', async (_label, variant) => {
    const services = buildServices(dir.path);
    const result = await services.router.dispatch(trustedSender, 'catalog:saveProduct', {
      ...silkScarf,
      variants: [variant],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(services.catalog.list()).toEqual([]);
    services.close();
  });

  it('refuses two variants for one market', async () => {
    const services = buildServices(dir.path);
    const result = await services.router.dispatch(trustedSender, 'catalog:saveProduct', {
      ...silkScarf,
      variants: [silkScarf.variants[0], silkScarf.variants[0]],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    services.close();
  });

  it('keeps the scene collection, and refuses one whose items name missing sources', async () => {
    const services = buildServices(dir.path);
    expect(await services.router.dispatch(trustedSender, 'scenes:getCollection', undefined)).toEqual({
      ok: true,
      value: null,
    });
    const collection = createCollection({ id: 's1', name: 'Main' }, 'br');
    expect((await services.router.dispatch(trustedSender, 'scenes:saveCollection', collection)).ok).toBe(
      true,
    );
    const broken = {
      ...collection,
      scenes: [
        {
          id: 's1',
          name: 'Main',
          items: [
            {
              id: 'i1',
              sourceId: 'ghost',
              transform: { x: 0, y: 0, width: 10, height: 10, rotation: 0 },
              crop: { top: 0, right: 0, bottom: 0, left: 0 },
              opacity: 1,
              visible: true,
            },
          ],
        },
      ],
    };
    const refused = await services.router.dispatch(trustedSender, 'scenes:saveCollection', broken);
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(services.scenes.load()).toEqual(collection);
    services.close();
  });
});
