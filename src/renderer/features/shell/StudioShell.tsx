import { lazy, Suspense, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { AppInfo } from '../../boot';
import { applyUiLanguage } from '../../i18n/i18n';
import { ObsStore } from '../obs/obsStore';
import { ObsContext } from '../obs/useObs';
import { useObsHotkeys } from '../obs/useObsHotkeys';
import { useObsSceneLinks } from '../obs/useObsSceneLinks';
import { useSettings } from '../settings/SettingsContext';
import { StartingSoon } from '../schedule/StartingSoon';
import { ScheduleStore } from '../schedule/scheduleStore';
import { StudioWorkspace } from '../layout/StudioWorkspace';
import { SetupWizard } from '../setup/SetupWizard';
import { StatusBar } from '../status/StatusBar';
import { StudioContext } from '../studio/StudioContext';
import type { StudioMediaHost } from '../studio/studioMediaHost';
import { applySession } from '../../../shared/schedule/applySession';
import type { Session } from '../../../shared/schedule/session';
import { TopBar, type Page } from './TopBar';
import { useStudioHotkeys } from './useStudioHotkeys';

// Loaded on first visit: they carry validation schemas the studio view never needs.
const SettingsPage = lazy(() =>
  import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const CatalogPage = lazy(() => import('../catalog/CatalogPage').then((m) => ({ default: m.CatalogPage })));
const SchedulePage = lazy(() =>
  import('../schedule/SchedulePage').then((m) => ({ default: m.SchedulePage })),
);

// uPlot and the report's views load only when the host opens the reports.
const ReportsPage = lazy(() => import('../analytics/ReportsPage').then((m) => ({ default: m.ReportsPage })));

/** The studio window: top bar, the current page, and the status bar. */
export function StudioShell({ info, media: host }: { info: AppInfo; media: StudioMediaHost }) {
  const [settings, store] = useSettings();
  const media = useSyncExternalStore(host.subscribe, host.getSnapshot);
  const [page, setPage] = useState<Page>('studio');
  const [selected, setSelected] = useState<string>();
  const select = useCallback((id?: string) => setSelected(id), []);
  const { editor } = media;
  const [schedule] = useState(() => new ScheduleStore());
  const [obs] = useState(() => new ObsStore());
  const startSession = useCallback(
    (session: Session) => {
      const products = new Set(media.catalog.getSnapshot().map((p) => p.id));
      editor.commit((c) => applySession(c, session, products));
      setPage('studio');
    },
    [editor, media.catalog],
  );

  useEffect(() => store.follow(), [store]);
  useEffect(() => schedule.follow(), [schedule]);
  useEffect(() => obs.follow(), [obs]);
  useObsHotkeys(obs, page === 'studio');
  const { collection } = useSyncExternalStore(editor.subscribe, editor.getSnapshot);
  useObsSceneLinks(obs, collection.programSceneId);
  useEffect(() => applyUiLanguage(settings.language), [settings.language]);
  useStudioHotkeys(page === 'studio' ? media : undefined, selected, select);
  useEffect(() => {
    const flush = (): void => void editor.flush();
    window.addEventListener('beforeunload', flush);
    return () => window.removeEventListener('beforeunload', flush);
  }, [editor]);

  return (
    <ObsContext.Provider value={obs}>
      <div className="shell">
        <TopBar page={page} onNavigate={setPage} />
        <div className="shell__notices">
          <StartingSoon
            store={schedule}
            systemNotifications={info.systemNotifications}
            onStart={startSession}
          />
        </div>
        <StudioContext.Provider value={media}>
          {page === 'studio' ? (
            <StudioWorkspace selected={selected} onSelect={select} />
          ) : (
            <Suspense fallback={<main className="settings" aria-busy="true" />}>
              {page === 'settings' && <SettingsPage secretsEncrypted={info.secretsEncrypted} />}
              {page === 'products' && <CatalogPage />}
              {page === 'reports' && <ReportsPage />}
              {page === 'schedule' && (
                <SchedulePage
                  store={schedule}
                  onStart={startSession}
                  onSessionSaved={(session) => {
                    // Outside Electron the page raises reminders itself, so it asks first.
                    if (!info.systemNotifications && session.reminderMinutes > 0) askNotificationPermission();
                  }}
                />
              )}
            </Suspense>
          )}
          <StatusBar info={info} />
          {!settings.setupDone && <SetupWizard platform={info.platform} />}
        </StudioContext.Provider>
      </div>
    </ObsContext.Provider>
  );
}

function askNotificationPermission(): void {
  if ('Notification' in window && Notification.permission === 'default')
    void Notification.requestPermission();
}
