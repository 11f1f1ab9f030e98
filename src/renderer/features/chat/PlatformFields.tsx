import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatPlatformSettings } from '../../../shared/chat/chatPlatforms';
import { marketIds } from '../../../shared/markets/markets';
import type { TranslationKey } from '../../i18n/i18n';
import { useMarketName } from '../markets/useMarketName';

type Draft = ChatPlatformSettings[keyof ChatPlatformSettings];

export function TextField({
  label,
  value,
  onChange,
  invalid,
  hint,
}: {
  label: TranslationKey;
  value: string;
  onChange(value: string): void;
  invalid?: boolean;
  hint?: TranslationKey;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <input
        id={id}
        value={value}
        spellCheck={false}
        autoComplete="off"
        dir="ltr"
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {t(hint)}
        </p>
      )}
    </div>
  );
}

/** The market a platform's channel sells to: its comments count for that market. */
export function MarketField<D extends Draft>({
  draft,
  onChange,
}: {
  draft: D;
  onChange(next: D): void;
}): ReactNode {
  const { t } = useTranslation();
  const marketName = useMarketName();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('chat.field.market')}</label>
      <select
        id={id}
        value={draft.market}
        onChange={(event) => onChange({ ...draft, market: event.target.value as D['market'] })}
      >
        <option value="">{t('chat.field.marketNone')}</option>
        {marketIds.map((market) => (
          <option key={market} value={market}>
            {marketName(market)}
          </option>
        ))}
      </select>
    </div>
  );
}
