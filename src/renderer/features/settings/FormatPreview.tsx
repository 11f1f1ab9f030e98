import { useTranslation } from 'react-i18next';
import { formatCurrency, formatDateTime, formatNumber } from '../../../shared/i18n/format';
import type { Settings } from '../../../shared/settings/settings';
import { isolate } from '../../i18n/bidi';

const sampleDate = new Date(Date.UTC(2026, 10, 27, 13, 30));

/** Shows how numbers, prices and dates read in the chosen language. */
export function FormatPreview({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  return (
    <p className="format-preview" data-testid="format-preview">
      {t('settings.formatPreview', {
        number: isolate(formatNumber(1234567.89, settings.language)),
        price: isolate(formatCurrency(1299.5, 'USD', settings.language)),
        date: isolate(formatDateTime(sampleDate, settings.language, settings.hostTimeZone)),
      })}
    </p>
  );
}
