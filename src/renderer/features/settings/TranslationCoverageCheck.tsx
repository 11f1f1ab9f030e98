import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationCoverage } from '../../../shared/comments/translationCoverage';
import type { TranslationFailure } from '../../../shared/comments/translationFailure';
import type { TranslationKey } from '../../i18n/i18n';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';

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
export function TranslationCoverageCheck({ unsaved }: { unsaved: boolean }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [coverage, setCoverage] = useState<TranslationCoverage>();
  const [error, setError] = useState<string>();
  const [checking, setChecking] = useState(false);
  const check = (): void => {
    setChecking(true);
    setError(undefined);
    call('translation:checkCoverage')
      .then(setCoverage, (e: unknown) => setError(errorMessage(e)))
      .finally(() => setChecking(false));
  };
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const list = (status: 'covered' | 'missing'): string =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      (coverage?.languages ?? [])
        .filter((l) => l.status === status)
        .map((l) => names.of(l.language) ?? l.language),
    );
  const missing = coverage?.languages.some((l) => l.status === 'missing') ?? false;
  return (
    <div className="field coverage">
      <button type="button" disabled={checking || unsaved} onClick={check}>
        {t(checking ? 'settings.coverage.checking' : 'settings.coverage.check')}
      </button>
      {unsaved && <span className="field__hint">{t('settings.testSaveFirst')}</span>}
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
      {coverage && (
        <div role="status" aria-label={t('settings.coverage.check')} className="coverage__result">
          {coverage.provider === 'off' && <p>{t('settings.coverage.off')}</p>}
          {coverage.failure && <p className="field-error">{t(failureKeys[coverage.failure])}</p>}
          {coverage.provider !== 'off' && !coverage.failure && (
            <p className="save-status--saved">
              {t('settings.coverage.covered', {
                host: names.of(coverage.hostLanguage) ?? coverage.hostLanguage,
                languages: list('covered') || t('settings.coverage.nothing'),
              })}
            </p>
          )}
          {missing && coverage.provider !== 'off' && (
            <p className="chip--warning">{t('settings.coverage.missing', { languages: list('missing') })}</p>
          )}
          {missing && (narrowServices.has(coverage.provider) || coverage.provider === 'off') && (
            <p className="field__hint">{t('settings.coverage.suggest')}</p>
          )}
        </div>
      )}
    </div>
  );
}
