import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionEnd, type Session } from '../../../shared/schedule/session';
import { useClock } from '../status/useClock';
import type { ScheduleStore } from './scheduleStore';
import { useScheduleFormat } from './useScheduleFormat';

interface StartingSoonProps {
  store: ScheduleStore;
  /** False in a browser: the page then raises a web notification itself. */
  systemNotifications: boolean;
  onStart(session: Session): void;
}

/**
 * Sessions whose reminder time has come, with "open the studio for it". Worked
 * out from the schedule and the clock, so a reminder that fired while this
 * window was closed still shows; main's reminder event only wakes it promptly
 * (and, outside Electron, raises the web notification).
 */
export function StartingSoon({ store, systemNotifications, onStart }: StartingSoonProps) {
  const { t } = useTranslation();
  const format = useScheduleFormat();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const minute = useClock().getTime();
  const [woken, setWoken] = useState(0);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const now = Math.max(minute, woken);

  useEffect(
    () =>
      window.studio.on('schedule:onReminder', (reminder) => {
        setWoken(Date.now());
        if (!systemNotifications && 'Notification' in window && Notification.permission === 'granted') {
          new Notification(reminder.title, { body: format.dayTime(reminder.start), tag: reminder.sessionId });
        }
      }),
    [systemNotifications, format],
  );

  const due = (state?.sessions ?? []).filter(
    (s) =>
      s.reminderMinutes > 0 &&
      now >= s.start - s.reminderMinutes * 60_000 &&
      now < sessionEnd(s) &&
      !dismissed.has(s.id),
  );
  if (due.length === 0) return null;

  return (
    <div className="starting-soon" role="status" aria-label={t('schedule.soon.label')}>
      {due.map((session) => (
        <div key={session.id} className="starting-soon__item">
          <span>
            {t(now < session.start ? 'schedule.soon.startsAt' : 'schedule.soon.started', {
              title: session.title,
              time: format.time(session.start),
            })}
          </span>
          <button
            type="button"
            onClick={() => {
              onStart(session);
              setDismissed(new Set(dismissed).add(session.id));
            }}
          >
            {t('schedule.soon.open')}
          </button>
          <button type="button" onClick={() => setDismissed(new Set(dismissed).add(session.id))}>
            {t('schedule.soon.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
