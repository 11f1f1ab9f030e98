import { useTranslation } from 'react-i18next';
import { marketIds, type MarketId } from '../../../shared/markets/markets';
import { setMarket } from '../../../shared/scenes/edits';
import { useMarketName } from '../markets/useMarketName';
import { useScenes, useStudio } from '../studio/StudioContext';

/** The viewers' market: every overlay's prices, terms and language follow it at once. */
export function MarketPicker() {
  const { t } = useTranslation();
  const { editor } = useStudio();
  const { collection } = useScenes();
  const marketName = useMarketName();
  return (
    <label className="inline-field">
      <span>{t('stage.market')}</span>
      <select
        value={collection.market}
        onChange={(event) => {
          const market = marketIds.find((id) => id === event.target.value);
          if (market) editor.commit((c) => setMarket(c, market as MarketId));
        }}
      >
        {marketIds.map((id) => (
          <option key={id} value={id}>
            {marketName(id)}
          </option>
        ))}
      </select>
    </label>
  );
}
