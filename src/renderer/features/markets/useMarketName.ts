import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { marketById, type MarketId } from '../../../shared/markets/markets';

/** A market's name in the UI language: the country from Intl.DisplayNames, plus the coast where split. */
export function useMarketName(): (id: MarketId) => string {
  const { t, i18n } = useTranslation();
  const regions = useMemo(() => new Intl.DisplayNames([i18n.language], { type: 'region' }), [i18n.language]);
  return useCallback(
    (id: MarketId) => {
      const market = marketById(id);
      const country = regions.of(market.country) ?? market.country;
      if (!market.area) return country;
      return t('markets.withArea', {
        country,
        area: market.area === 'east' ? t('markets.east') : t('markets.west'),
      });
    },
    [regions, t],
  );
}
