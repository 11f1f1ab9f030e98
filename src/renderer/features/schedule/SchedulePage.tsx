import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { marketById } from '../../../shared/markets/markets';
import { findConflicts, type Session } from '../../../shared/schedule/session';
import type { Suggestion, SuggestTarget } from '../../../shared/schedule/suggest';
import { expandWeekly, Timeline } from '../../../shared/schedule/timeline';
import { ZoneClock } from '../../../shared/schedule/zoneClock';
import { useClock } from '../status/useClock';
import { useProducts, useScenes } from '../studio/StudioContext';
import { AvailabilityEditor } from './AvailabilityEditor';
import { CalendarFiles } from './CalendarFiles';
import { PeakHoursEditor } from './PeakHoursEditor';
import type { ScheduleStore } from './scheduleStore';
import { SessionEditor } from './SessionEditor';
import { SuggestPanel } from './SuggestPanel';
import { useScheduleFormat } from './useScheduleFormat';
import { WeekCalendar } from './WeekCalendar';
import { weekContaining } from './weekLayout';

type SideTab = 'session' | 'peaks' | 'availability' | 'files';

interface SchedulePageProps {
  store: ScheduleStore;
  /** Opens the studio ready for a session. */
  onStart(session: Session): void;
  onSessionSaved(session: Session): void;
}

/** Plan shows at each market's peak hours, on the host's own clock. */
export function SchedulePage({ store, onStart, onSessionSaved }: SchedulePageProps) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const format = useScheduleFormat();
  const { collection } = useScenes();
  const products = useProducts();
  const now = useClock().getTime();
  const [weekOffset, setWeekOffset] = useState(0);
  const [targets, setTargets] = useState<SuggestTarget[]>([{ market: collection.market, weight: 1 }]);
  const [durationMinutes, setDurationMinutes] = useState(90);
  const [selected, setSelected] = useState<{ session: Session; isNew: boolean }>();
  const [tab, setTab] = useState<SideTab>('session');

  const week = useMemo(
    () => weekContaining(format.hostTimeZone, now, weekOffset),
    [format.hostTimeZone, now, weekOffset],
  );
  const conflicts = useMemo(
    () => (state ? findConflicts(state.sessions, state.teamCalendar.events) : new Set<string>()),
    [state],
  );
  const peaks = useMemo(() => {
    if (!state) return [];
    const { start: from, end: to } = week;
    const spans = targets.flatMap(({ market }) => {
      const windows = state.peaks.find((p) => p.market === market)?.windows ?? [];
      return expandWeekly(new ZoneClock(marketById(market).timeZone, from, to), windows, from, to);
    });
    return new Timeline(spans).spans();
  }, [state, targets, week]);

  if (!state) return <main className="schedule" aria-busy="true" />;

  const current = selected && (state.sessions.find((s) => s.id === selected.session.id) ?? selected.session);
  const createFrom = (suggestion: Suggestion): void => {
    setSelected({
      isNew: true,
      session: {
        id: crypto.randomUUID(),
        title: t('schedule.session.defaultTitle'),
        start: suggestion.start,
        durationMinutes,
        markets: targets.map((t) => t.market),
        productIds: [],
        sceneIds: collection.programSceneId ? [collection.programSceneId] : [],
        languages: [...new Set(targets.map((t) => marketById(t.market).language))],
        reminderMinutes: 10,
        notes: '',
      },
    });
    setTab('session');
  };
  const tabs: { id: SideTab; label: string }[] = [
    { id: 'session', label: t('schedule.tabs.session') },
    { id: 'peaks', label: t('schedule.tabs.peaks') },
    { id: 'availability', label: t('schedule.tabs.availability') },
    { id: 'files', label: t('schedule.tabs.files') },
  ];

  return (
    <main className="schedule">
      <SuggestPanel
        state={state}
        format={format}
        targets={targets}
        onTargetsChange={setTargets}
        durationMinutes={durationMinutes}
        onDurationChange={setDurationMinutes}
        onCreate={createFrom}
      />
      <section className="schedule__calendar" aria-labelledby="calendar-heading">
        <div className="panel__header">
          <h2 id="calendar-heading">
            {t('schedule.calendar.week', {
              from: format.day(week.start),
              to: format.day(week.end - 1),
            })}
          </h2>
          <div className="field__row">
            <button type="button" onClick={() => setWeekOffset(weekOffset - 1)}>
              {t('schedule.calendar.previous')}
            </button>
            <button type="button" onClick={() => setWeekOffset(0)}>
              {t('schedule.calendar.thisWeek')}
            </button>
            <button type="button" onClick={() => setWeekOffset(weekOffset + 1)}>
              {t('schedule.calendar.next')}
            </button>
          </div>
        </div>
        <p className="field__hint">{t('schedule.calendar.hostClock', { zone: format.hostTimeZone })}</p>
        <WeekCalendar
          week={week}
          sessions={state.sessions}
          busy={state.teamCalendar.events}
          peaks={peaks}
          conflicts={conflicts}
          selectedId={current?.id}
          format={format}
          onSelect={(id) => {
            const session = state.sessions.find((s) => s.id === id);
            if (session) setSelected({ session, isNew: false });
            setTab('session');
          }}
          onMove={(session, start) => void store.saveSession({ ...session, start })}
        />
      </section>
      <aside className="schedule__side">
        <div className="tabs" role="tablist" aria-label={t('schedule.tabs.label')}>
          {tabs.map((entry) => (
            <button
              key={entry.id}
              type="button"
              role="tab"
              aria-selected={tab === entry.id}
              onClick={() => setTab(entry.id)}
            >
              {entry.label}
            </button>
          ))}
        </div>
        {tab === 'session' &&
          (current ? (
            <SessionEditor
              key={`${current.id}-${current.start}`}
              session={current}
              isNew={selected?.isNew === true && !state.sessions.some((s) => s.id === current.id)}
              conflict={conflicts.has(current.id)}
              products={products}
              scenes={collection.scenes}
              format={format}
              onSave={async (session) => {
                await store.saveSession(session);
                setSelected({ session, isNew: false });
                onSessionSaved(session);
              }}
              onDelete={async (id) => {
                await store.deleteSession(id);
                setSelected(undefined);
              }}
              onStart={onStart}
              onClose={() => setSelected(undefined)}
            />
          ) : (
            <p className="empty">{t('schedule.session.none')}</p>
          ))}
        {tab === 'peaks' && <PeakHoursEditor peaks={state.peaks} store={store} language={format.language} />}
        {tab === 'availability' && (
          <AvailabilityEditor
            availability={state.availability}
            store={store}
            language={format.language}
            hostTimeZone={format.hostTimeZone}
          />
        )}
        {tab === 'files' && (
          <CalendarFiles state={state} store={store} format={format} defaultMarket={collection.market} />
        )}
      </aside>
    </main>
  );
}
