import { describe, expect, it } from 'vitest';
import { featuredProductId } from '../../../../src/shared/scenes/featured';
import {
  decodeShowData,
  encodeShowData,
  featuredProductOf,
  productMessageSchema,
  voteMessageSchema,
} from '../../../../src/shared/live/showData';
import { publishEncoding } from '../../../../src/shared/live/qualityPresets';
import { matchMarket } from '../../../../src/shared/markets/matchMarket';
import type { SceneCollection } from '../../../../src/shared/scenes/model';
import { silkScarf } from '../../../support/products';

describe('show data between the studio and viewer pages', () => {
  it('round-trips the featured product with every market’s offer', () => {
    const message = { product: featuredProductOf(silkScarf) };
    const decoded = decodeShowData(productMessageSchema, encodeShowData(message));
    expect(decoded?.product?.offers.map((o) => [o.market, o.locale, o.currency])).toEqual([
      ['br', 'pt-BR', 'BRL'],
      ['sa', 'ar-SA', 'SAR'],
      ['us-east', 'en-US', 'USD'],
    ]);
  });

  it('drops what a peer could forge: bad JSON, wrong shapes, script links', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(decodeShowData(voteMessageSchema, bytes('{"pollId":"p1","option":1'))).toBeUndefined();
    expect(decodeShowData(voteMessageSchema, bytes('{"pollId":"p1","option":9}'))).toBeUndefined();
    expect(decodeShowData(voteMessageSchema, bytes('{"pollId":"p1","option":1}'))).toEqual({
      pollId: 'p1',
      option: 1,
    });
    const product = featuredProductOf(silkScarf);
    const evil = {
      product: { ...product, offers: [{ ...product.offers[0], productUrl: 'javascript:alert(1)' }] },
    };
    expect(decodeShowData(productMessageSchema, encodeShowData(evil))).toBeUndefined();
  });
});

describe('the featured product', () => {
  const collection = (visible: boolean[]): SceneCollection => ({
    sources: [
      { id: 'card-a', name: 'A', kind: 'productCard', settings: { productId: 'p-a' } },
      { id: 'card-b', name: 'B', kind: 'productCard', settings: { productId: 'p-b' } },
      { id: 'card-empty', name: 'E', kind: 'productCard', settings: { productId: null } },
    ],
    microphones: [],
    scenes: [
      {
        id: 's1',
        name: 'Main',
        items: ['card-a', 'card-b', 'card-empty'].map((sourceId, i) => ({
          id: `i${i}`,
          sourceId,
          transform: { x: 0, y: 0, width: 10, height: 10, rotation: 0 },
          crop: { top: 0, right: 0, bottom: 0, left: 0 },
          opacity: 1,
          visible: visible[i] ?? true,
        })),
      },
    ],
    programSceneId: 's1',
    previewSceneId: 's1',
    market: 'br',
  });

  it('is the top-most visible card with a product on the program scene', () => {
    expect(featuredProductId(collection([true, true, true]))).toBe('p-b');
    expect(featuredProductId(collection([true, false, true]))).toBe('p-a');
    expect(featuredProductId(collection([false, false, true]))).toBeNull();
  });
});

describe('publish encodings', () => {
  it('put the preset’s top layer first and smaller simulcast layers below, in proportion', () => {
    const hd = publishEncoding('1920x1080', 'high', 30);
    expect(hd.top).toEqual({ width: 1920, height: 1080, maxBitrate: 6_000_000, maxFramerate: 30 });
    expect(hd.simulcast.map((l) => [l.height, l.maxBitrate])).toEqual([
      [360, 1_080_000],
      [720, 3_000_000],
    ]);
    // A 1080p program goes out at 720p unless the host asks for high quality.
    const standard = publishEncoding('1920x1080', 'standard', 30);
    expect(standard.top).toEqual({ width: 1280, height: 720, maxBitrate: 2_500_000, maxFramerate: 30 });
    expect(standard.simulcast.map((l) => [l.height, l.maxBitrate])).toEqual([[360, 450_000]]);
    const saver = publishEncoding('1280x720', 'saver', 60);
    expect(saver.top.maxBitrate).toBe(1_200_000);
    expect(saver.simulcast.map((l) => [l.height, l.maxFramerate])).toEqual([[360, 30]]);
  });
});

describe('a viewer’s market', () => {
  it('comes from the browser’s locales: country first, then language', () => {
    expect(matchMarket(['es-MX', 'es'])).toBe('mx');
    expect(matchMarket(['pt-PT'])).toBe('br');
    expect(matchMarket(['ar-AE'])).toBe('ae');
    expect(matchMarket(['nl-NL', 'de-AT'])).toBe('de');
    expect(matchMarket(['not a tag', 'ja'])).toBe('jp');
    expect(matchMarket([])).toBe('us-east');
  });
});
