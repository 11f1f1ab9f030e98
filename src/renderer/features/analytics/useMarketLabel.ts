import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { marketIds, type MarketId } from '../../../shared/markets/markets';
import { useMarketName } from '../markets/useMarketName';

const known = new Set<string>(marketIds);

/** A counted market's name: a known market's country, or "Other" for viewers whose page did not say. */
export function useMarketLabel(): (market: string) => string {
  const { t } = useTranslation();
  const name = useMarketName();
  return useCallback(
    (market: string) => (known.has(market) ? name(market as MarketId) : t('analytics.otherMarket')),
    [name, t],
  );
}
