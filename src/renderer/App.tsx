import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StudioShell } from './features/shell/StudioShell';
import { SettingsContext } from './features/settings/SettingsContext';
import { SettingsStore } from './features/settings/settingsStore';
import { applyUiLanguage } from './i18n/i18n';
import { useErrorMessage } from './i18n/useErrorMessage';
import type { AppInfo, BootData } from './boot';

type Boot =
  | { state: 'loading' }
  | { state: 'ready'; store: SettingsStore; info: AppInfo }
  | { state: 'failed'; error: unknown };

/** Waits for what the shell needs from main, then renders it in the user's language. */
export function App({ boot: bootData }: { boot: Promise<BootData> }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    bootData.then(
      ({ info, settings }) => {
        if (cancelled) return;
        applyUiLanguage(settings.language);
        setBoot({ state: 'ready', store: new SettingsStore(settings), info });
      },
      (error: unknown) => {
        if (!cancelled) setBoot({ state: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [bootData]);

  if (boot.state === 'loading') {
    return (
      <div className="boot" role="status">
        {t('app.loading')}
      </div>
    );
  }
  if (boot.state === 'failed') {
    return (
      <div className="boot boot--failed" role="alert">
        {t('app.loadFailed', { message: errorMessage(boot.error) })}
      </div>
    );
  }
  return (
    <SettingsContext.Provider value={boot.store}>
      <StudioShell info={boot.info} />
    </SettingsContext.Provider>
  );
}
