import { useEffect, useState } from 'react';
import type { AppInfo } from '../../App';
import { applyUiLanguage } from '../../i18n/i18n';
import { CommentsColumn } from '../comments/CommentsColumn';
import { SettingsPage } from '../settings/SettingsPage';
import { useSettings } from '../settings/SettingsContext';
import { SourcesColumn } from '../sources/SourcesColumn';
import { StagePanel } from '../stage/StagePanel';
import { StatusBar } from '../status/StatusBar';
import { TopBar, type Page } from './TopBar';

/** The studio window: top bar, the current page, and the status bar. */
export function StudioShell({ info }: { info: AppInfo }) {
  const [settings, store] = useSettings();
  const [page, setPage] = useState<Page>('studio');

  useEffect(() => store.follow(), [store]);
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
        <SettingsPage secretsEncrypted={info.secretsEncrypted} />
      )}
      <StatusBar info={info} />
    </div>
  );
}
