import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationCoverage } from '../../../shared/comments/translationCoverage';
import type { TranslationFailure } from '../../../shared/comments/translationFailure';
import type { TranslationKey } from '../../i18n/i18n';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { marketCoverage } from '../../../shared/comments/marketCoverage';
import type { MarketId } from '../../../shared/markets/markets';
import { useMarketName } from '../markets/useMarketName';

const failureKeys = {
  noPair: 'settings.coverage.noPair',
  unreachable: 'settings.coverage.unreachable',
  keyRefused: 'settings.coverage.keyRefused',
  timedOut: 'settings.coverage.timedOut',
} as const satisfies Record<TranslationFailure, TranslationKey>;

/** Services that cover few languages; a key or a local model would close the gaps. */
const narrowServices = new Set(['apertium', 'libretranslate']);

/**
 * Asks main which viewers' questions the saved translation service brings into the host's
 * language (the service's own language list), and says it in words: which will be translated,
 * which shown as written, and what would cover the rest.
 */
export function TranslationCoverageCheck({
  unsaved,
  markets,
  saveFirst,
  checkOnOpen = false,
}: {
  unsaved: boolean;
  /** The markets the host sells to; told by language while none is chosen. */
  markets: readonly MarketId[];
  /** Saves what is being edited before asking (the setup); without it, unsaved edits disable the check. */
  saveFirst?: () => Promise<boolean>;
  /** Asks as soon as it is shown (the setup's last page). */
  checkOnOpen?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const marketName = useMarketName();
  const errorMessage = useErrorMessage();
  const [coverage, setCoverage] = useState<TranslationCoverage>();
  const [error, setError] = useState<string>();
  const [checking, setChecking] = useState(false);
  const check = useCallback(async (): Promise<void> => {
    setChecking(true);
    setError(undefined);
    try {
      if (saveFirst && !(await saveFirst())) return;
      setCoverage(await call('translation:checkCoverage'));
    } catch (e: unknown) {
      setError(errorMessage(e));
    } finally {
      setChecking(false);
    }
  }, [saveFirst, errorMessage]);
  const checkedOnOpen = useRef(false);
  useEffect(() => {
    if (!checkOnOpen || checkedOnOpen.current) return;
    checkedOnOpen.current = true;
    void check();
  }, [checkOnOpen, check]);
  const blocked = unsaved && !saveFirst;
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const list = (status: 'covered' | 'missing'): string =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      (coverage?.languages ?? [])
        .filter((l) => l.status === status)
        .map((l) => names.of(l.language) ?? l.language),
    );
  // Told by market once the host has said where they sell, else by language.
  const byMarket = coverage && markets.length > 0 ? marketCoverage(coverage, markets) : undefined;
  const marketList = (ids: readonly MarketId[]): string =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(ids.map(marketName));
  const missing = byMarket
    ? byMarket.missing.length > 0
    : (coverage?.languages.some((l) => l.status === 'missing') ?? false);
  return (
    <div className="field coverage">
      <button type="button" disabled={checking || blocked} onClick={() => void check()}>
        {t(checking ? 'settings.coverage.checking' : 'settings.coverage.check')}
      </button>
      {blocked && <span className="field__hint">{t('settings.testSaveFirst')}</span>}
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
      {coverage && (
        <div role="status" aria-label={t('settings.coverage.check')} className="coverage__result">
          {coverage.provider === 'off' && <p>{t('settings.coverage.off')}</p>}
          {coverage.failure && <p className="field-error">{t(failureKeys[coverage.failure])}</p>}
          {coverage.provider !== 'off' && !coverage.failure && !byMarket && (
            <p className="save-status--saved">
              {t('settings.coverage.covered', {
                host: names.of(coverage.hostLanguage) ?? coverage.hostLanguage,
                languages: list('covered') || t('settings.coverage.nothing'),
              })}
            </p>
          )}
          {missing && coverage.provider !== 'off' && !byMarket && (
            <p className="chip--warning">{t('settings.coverage.missing', { languages: list('missing') })}</p>
          )}
          {byMarket && !coverage.failure && coverage.provider !== 'off' && (
            <p className={byMarket.covered.length > 0 ? 'save-status--saved' : undefined}>
              {t('settings.coverage.marketsCovered', {
                host: names.of(coverage.hostLanguage) ?? coverage.hostLanguage,
                markets: marketList(byMarket.covered) || t('settings.coverage.nothing'),
              })}
            </p>
          )}
          {byMarket && byMarket.host.length > 0 && (
            <p>{t('settings.coverage.marketsHost', { markets: marketList(byMarket.host) })}</p>
          )}
          {byMarket && byMarket.missing.length > 0 && (
            <p className="chip--warning">
              {t('settings.coverage.marketsMissing', { markets: marketList(byMarket.missing) })}
            </p>
          )}
          {missing && (narrowServices.has(coverage.provider) || coverage.provider === 'off') && (
            <p className="field__hint">{t('settings.coverage.suggest')}</p>
          )}
        </div>
      )}
    </div>
  );
}
