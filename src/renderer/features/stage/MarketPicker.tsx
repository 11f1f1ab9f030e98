import { useTranslation } from 'react-i18next';
import { setMarket } from '../../../shared/scenes/edits';
import { MarketSelect } from '../markets/MarketSelect';
import { useScenes, useStudio } from '../studio/StudioContext';

/** The viewers' market: every overlay's prices, terms and language follow it at once. */
export function MarketPicker() {
  const { t } = useTranslation();
  const { editor } = useStudio();
  const { collection } = useScenes();
  return (
    <label className="inline-field">
      <span>{t('stage.market')}</span>
      <MarketSelect
        value={collection.market}
        onChange={(market) => editor.commit((c) => setMarket(c, market))}
      />
    </label>
  );
}
