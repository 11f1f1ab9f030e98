import type { SceneItem, Source } from '../../../shared/scenes/model';
import type { SourceFrame } from '../compositor/frames';
import { drawCountdown, remainingText } from '../overlays/countdown';
import { drawLowerThird } from '../overlays/lowerThird';
import { drawProductCard } from '../overlays/productCard';
import { drawPollResults } from '../overlays/pollResults';
import { CanvasCache } from './canvasCache';
import type { ShowContext, SourceRuntime, SourceStatus } from './runtime';

type OverlayKind = 'productCard' | 'lowerThird' | 'countdown' | 'poll' | 'question';

/**
 * Drawings kept per overlay: the program, its preview, and up to a few destinations' variants
 * (another market, a phone canvas) each draw it at their own market and size every frame.
 */
const cachedDrawings = 6;

/**
 * Overlays and placeholders drawn by the studio itself. Each frame asks only for
 * a key of what would be drawn; the canvas is redrawn when the key changes.
 */
export class OverlaySource implements SourceRuntime {
  /**
   * One per market and size, least recently used first: an output for another market draws the
   * overlay in its own words, a portrait one at its own size. One cache for both would redraw
   * the text twice a frame.
   */
  private readonly caches = new Map<string, CanvasCache>();
  private programCacheKey = '';
  private lastStatus: SourceStatus = { state: 'live' };
  private onScreen = false;

  constructor(private readonly source: Extract<Source, { kind: OverlayKind }>) {}

  frame(item: SceneItem, show: ShowContext): SourceFrame | undefined {
    const status = this.lastStatus;
    const frame = this.draw(item, show);
    if (show.forOutput) {
      // The program's status and words are the ones the panels show.
      this.lastStatus = status;
      return frame;
    }
    this.programCacheKey = cacheKey(show.market.id, item);
    this.onScreen = frame !== undefined;
    return frame;
  }

  private cacheFor(marketId: string, item: SceneItem): CanvasCache {
    const key = cacheKey(marketId, item);
    const cache = this.caches.get(key) ?? new CanvasCache();
    // Re-inserted so the map's order is the order of use.
    this.caches.delete(key);
    this.caches.set(key, cache);
    for (const [oldKey, old] of this.caches) {
      if (this.caches.size <= cachedDrawings) break;
      old.dispose();
      this.caches.delete(oldKey);
    }
    return cache;
  }

  private draw(item: SceneItem, show: ShowContext): SourceFrame | undefined {
    const { width, height } = item.transform;
    const { market } = show;
    const source = this.source;
    const cache = this.cacheFor(market.id, item);
    switch (source.kind) {
      case 'productCard': {
        const product = source.settings.productId ? show.products.get(source.settings.productId) : undefined;
        const variant = product?.variants.find((v) => v.market === market.id);
        if (!product || !variant) {
          this.lastStatus = {
            state: 'incomplete',
            detail: product ? 'no variant for this market' : 'no product',
          };
          return undefined;
        }
        this.lastStatus = { state: 'live' };
        const photoId = product.imageIds[0];
        const image = photoId ? show.image(photoId) : undefined;
        const key = JSON.stringify([product, variant, market.id, image !== undefined]);
        return cache.get(width, height, key, (ctx, w, h) =>
          drawProductCard(ctx, w, h, { product, variant, market, image }),
        );
      }
      case 'lowerThird': {
        const text = { ...source.settings, language: market.language, locale: market.locale };
        return cache.get(width, height, JSON.stringify(text), (ctx, w, h) => drawLowerThird(ctx, w, h, text));
      }
      case 'countdown': {
        const now = show.now();
        const endsAt = new Date(source.settings.endsAt);
        // The key changes once a second: the clock redraws at that rate only.
        const left = remainingText(endsAt, now, market.locale) ?? 'ended';
        return cache.get(width, height, JSON.stringify([source.settings, market.id, left]), (ctx, w, h) =>
          drawCountdown(ctx, w, h, {
            label: source.settings.label,
            endsAt,
            now,
            language: market.language,
            locale: market.locale,
          }),
        );
      }
      case 'question': {
        // The pinned viewer question: as asked, with the host-language translation beneath.
        const question = show.question;
        if (!question) return undefined;
        return cache.get(width, height, JSON.stringify([question, market.id]), (ctx, w, h) =>
          drawLowerThird(ctx, w, h, {
            title: `${question.author}: ${question.text}`,
            subtitle: question.translation ?? '',
            language: market.language,
            locale: market.locale,
          }),
        );
      }
      case 'poll': {
        const poll = show.poll;
        if (!poll) return undefined;
        return cache.get(width, height, JSON.stringify([poll, market.id]), (ctx, w, h) =>
          drawPollResults(ctx, w, h, poll, { language: market.language, locale: market.locale }),
        );
      }
    }
  }

  /** The words of the last frame, or none when it drew nothing (a deleted product, say). */
  describe(): string[] {
    return this.onScreen ? (this.caches.get(this.programCacheKey)?.lastTexts ?? []) : [];
  }

  status(): SourceStatus {
    return this.lastStatus;
  }

  dispose(): void {
    for (const cache of this.caches.values()) cache.dispose();
    this.caches.clear();
  }
}

function cacheKey(marketId: string, item: SceneItem): string {
  return `${marketId} ${Math.round(item.transform.width)}x${Math.round(item.transform.height)}`;
}
