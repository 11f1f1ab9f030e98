import { markets, type MarketId } from './markets';

/**
 * The market a viewer most likely shops from, by the browser's preferred
 * locales (most preferred first): the same country wins (es-MX → Mexico), then
 * the same language (pt-PT → Brazil), else the first market.
 */
export function matchMarket(preferred: readonly string[]): MarketId {
  const tags = preferred.flatMap((tag) => {
    try {
      return [new Intl.Locale(tag)];
    } catch {
      return [];
    }
  });
  for (const tag of tags) {
    const byCountry = markets.find((m) => m.country === tag.region && m.language === tag.language);
    if (byCountry) return byCountry.id;
  }
  for (const tag of tags) {
    const byLanguage = markets.find((m) => m.language === tag.language);
    if (byLanguage) return byLanguage.id;
  }
  return markets[0].id;
}
