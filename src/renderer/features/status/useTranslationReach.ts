import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/settings/settings';
import { call } from '../../ipc/studio';
import { useSecretChanges } from '../settings/useSecretChanges';

interface Reach {
  reaches: boolean;
  host: string;
}

/**
 * Whether the saved translation service brings any viewer's question into the host's language,
 * asked of main once at start and again when the translation settings or the secrets (its API key)
 * change. `undefined` until
 * it has answered for the current settings, and while translation is off (the host chose that).
 */
export function useTranslationReach(settings: Settings): Reach | undefined {
  const [answer, setAnswer] = useState<{ asked: string; reach: Reach }>();
  const { translationProvider, translationUrl, translationModel, language, questionLanguage } = settings;
  const secretChanges = useSecretChanges();
  const asked = JSON.stringify([
    secretChanges,
    translationProvider,
    translationUrl,
    translationModel,
    language,
    questionLanguage,
  ]);
  const off = translationProvider === 'off';
  useEffect(() => {
    if (off) return;
    let current = true;
    call('translation:checkCoverage').then(
      (coverage) => {
        if (!current) return;
        const reaches = !coverage.failure && coverage.languages.some((l) => l.status === 'covered');
        setAnswer({ asked, reach: { reaches, host: coverage.hostLanguage } });
      },
      (error: unknown) => console.warn('translation coverage not checked', error),
    );
    return () => {
      current = false;
    };
  }, [asked, off]);
  return !off && answer?.asked === asked ? answer.reach : undefined;
}
