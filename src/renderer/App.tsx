import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogStore } from './features/catalog/catalogStore';
import { SceneEditor } from './features/scenes/sceneEditor';
import { StudioShell } from './features/shell/StudioShell';
import { StudioMediaHost } from './features/studio/studioMediaHost';
import { exposeDiagnostics } from './perf/diagnostics';
import { SettingsContext } from './features/settings/SettingsContext';
import { SettingsStore } from './features/settings/settingsStore';
import { matchUiLanguage } from '../shared/i18n/languages';
import { applyUiLanguage } from './i18n/i18n';
import { useErrorMessage } from './i18n/useErrorMessage';
import type { AppInfo, BootData } from './boot';

type Boot =
  | { state: 'loading' }
  | { state: 'ready'; store: SettingsStore; info: AppInfo; media: StudioMediaHost }
  | { state: 'failed'; error: unknown };

/** Waits for what the shell needs from main, then renders it in the user's language. */
export function App({ boot: bootData }: { boot: Promise<BootData> }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    bootData.then(
      ({ info, settings, scenes, products }) => {
        if (cancelled) return;
        applyUiLanguage(settings.language);
        const store = new SettingsStore(settings);
        // The global instance, not the hook's `t`: this runs once per boot, and a
        // language change must not re-run it.
        const editor = SceneEditor.open(scenes, i18next.t('scenes.defaultName'));
        const media = new StudioMediaHost(editor, new CatalogStore(products), store);
        exposeDiagnostics({
          compositorStats: () => structuredClone(media.getSnapshot().compositor.stats),
          resetCompositorStats: () => media.getSnapshot().compositor.resetStats(),
          outputDroppedFrames: () => media.show.outputs.droppedFrames(),
        });
        setBoot({ state: 'ready', store, info, media });
      },
      (error: unknown) => {
        if (cancelled) return;
        // Main's language setting is out of reach: say why in the browser's language.
        applyUiLanguage(matchUiLanguage(navigator.languages));
        setBoot({ state: 'failed', error });
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
      <StudioShell info={boot.info} media={boot.media} />
    </SettingsContext.Provider>
  );
}
