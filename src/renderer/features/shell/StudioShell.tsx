import { lazy, Suspense, useEffect, useState } from 'react';
import type { AppInfo } from '../../boot';
import { applyUiLanguage } from '../../i18n/i18n';
import { markInteractive } from '../../perf/marks';
import { CommentsColumn } from '../comments/CommentsColumn';
import { useSettings } from '../settings/SettingsContext';
import { SourcesColumn } from '../sources/SourcesColumn';
import { StagePanel } from '../stage/StagePanel';
import { StatusBar } from '../status/StatusBar';
import { TopBar, type Page } from './TopBar';

// Loaded on first visit: it carries the validation schemas the studio view never needs.
const SettingsPage = lazy(() =>
  import('../settings/SettingsPage').then((module) => ({ default: module.SettingsPage })),
);

/** The studio window: top bar, the current page, and the status bar. */
export function StudioShell({ info }: { info: AppInfo }) {
  const [settings, store] = useSettings();
  const [page, setPage] = useState<Page>('studio');

  useEffect(() => store.follow(), [store]);
  useEffect(markInteractive, []);
  useEffect(() => applyUiLanguage(settings.language), [settings.language]);

  return (
    <div className="shell">
      <TopBar page={page} onNavigate={setPage} />
      {page === 'studio' ? (
        <main className="workspace">
          <SourcesColumn />
          <StagePanel resolution={settings.outputResolution} />
          <CommentsColumn />
        </main>
      ) : (
        <Suspense fallback={<main className="settings" aria-busy="true" />}>
          <SettingsPage secretsEncrypted={info.secretsEncrypted} />
        </Suspense>
      )}
      <StatusBar info={info} />
    </div>
  );
}
