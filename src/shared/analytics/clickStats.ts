import type { StoredEvent } from './showEvents';
import type { ProductClicks } from './showReport';

/**
 * Buy clicks (the buyClick events) per product and market, with click-through against the market's viewers: the share
 * of that market's viewers who clicked the product at least once.
 */
export function clickStats(
  clicks: readonly StoredEvent[],
  viewersByMarket: ReadonlyMap<string, number>,
  productNames: ReadonlyMap<string, string>,
): ProductClicks[] {
  const rows = new Map<
    string,
    { productId: string; market: string; clicks: number; clickers: Set<string> }
  >();
  for (const event of clicks) {
    if (!event.detail || !event.market) continue;
    const key = `${event.detail}\u0000${event.market}`;
    let row = rows.get(key);
    if (!row)
      rows.set(
        key,
        (row = { productId: event.detail, market: event.market, clicks: 0, clickers: new Set() }),
      );
    row.clicks++;
    if (event.subject) row.clickers.add(event.subject);
  }
  return [...rows.values()]
    .map(({ productId, market, clicks, clickers }) => {
      const viewers = viewersByMarket.get(market) ?? 0;
      return {
        productId,
        name: productNames.get(productId) ?? productId,
        market,
        clicks,
        clickers: clickers.size,
        viewers,
        clickThrough: viewers > 0 ? Math.min(1, clickers.size / viewers) : null,
      };
    })
    .sort((a, b) => b.clicks - a.clicks || a.name.localeCompare(b.name) || a.market.localeCompare(b.market));
}
