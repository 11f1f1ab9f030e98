import { lazy, Suspense, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { AppInfo } from '../../boot';
import { applyUiLanguage } from '../../i18n/i18n';
import { CommentsColumn } from '../comments/CommentsColumn';
import { useSettings } from '../settings/SettingsContext';
import { SourcesColumn } from '../sources/SourcesColumn';
import { StagePanel } from '../stage/StagePanel';
import { StatusBar } from '../status/StatusBar';
import { StudioContext } from '../studio/StudioContext';
import type { StudioMediaHost } from '../studio/studioMediaHost';
import { TopBar, type Page } from './TopBar';
import { useStudioHotkeys } from './useStudioHotkeys';

// Loaded on first visit: they carry validation schemas the studio view never needs.
const SettingsPage = lazy(() =>
  import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const CatalogPage = lazy(() => import('../catalog/CatalogPage').then((m) => ({ default: m.CatalogPage })));

/** The studio window: top bar, the current page, and the status bar. */
export function StudioShell({ info, media: host }: { info: AppInfo; media: StudioMediaHost }) {
  const [settings, store] = useSettings();
  const media = useSyncExternalStore(host.subscribe, host.getSnapshot);
  const [page, setPage] = useState<Page>('studio');
  const [selected, setSelected] = useState<string>();
  const select = useCallback((id?: string) => setSelected(id), []);
  const { editor } = media;

  useEffect(() => store.follow(), [store]);
  useEffect(() => applyUiLanguage(settings.language), [settings.language]);
  useStudioHotkeys(page === 'studio' ? media : undefined, selected, select);
  useEffect(() => {
    const flush = (): void => void editor.flush();
    window.addEventListener('beforeunload', flush);
    return () => window.removeEventListener('beforeunload', flush);
  }, [editor]);

  return (
    <div className="shell">
      <TopBar page={page} onNavigate={setPage} />
      <StudioContext.Provider value={media}>
        {page === 'studio' ? (
          <main className="workspace">
            <SourcesColumn selected={selected} onSelect={select} />
            <StagePanel selected={selected} onSelect={select} />
            <CommentsColumn />
          </main>
        ) : (
          <Suspense fallback={<main className="settings" aria-busy="true" />}>
            {page === 'settings' ? (
              <SettingsPage secretsEncrypted={info.secretsEncrypted} />
            ) : (
              <CatalogPage />
            )}
          </Suspense>
        )}
      </StudioContext.Provider>
      <StatusBar info={info} />
    </div>
  );
}
