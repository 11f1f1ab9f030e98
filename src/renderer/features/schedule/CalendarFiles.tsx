import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarketId } from '../../../shared/markets/markets';
import type { ScheduleState } from '../../../shared/schedule/scheduleState';
import type { SecretStatus } from '../../../shared/secrets/secretNames';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { SecretField } from '../settings/SecretField';
import type { ScheduleStore } from './scheduleStore';
import type { ScheduleFormat } from './useScheduleFormat';

/** Calendar files in and out, and the team's shared calendar read from its address. */
export function CalendarFiles(props: {
  state: ScheduleState;
  store: ScheduleStore;
  format: ScheduleFormat;
  defaultMarket: MarketId;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [secrets, setSecrets] = useState<SecretStatus>();
  const { teamCalendar } = props.state;

  useEffect(() => {
    void call('secrets:getStatus').then(setSecrets);
  }, []);

  const report = (text: string, error = false): void => setMessage({ text, error });

  const importFile = async (file: File): Promise<void> => {
    try {
      const { imported, skipped } = await call('schedule:importIcs', {
        text: await file.text(),
        defaultMarket: props.defaultMarket,
        untitled: t('schedule.files.untitled'),
      });
      report(t('schedule.files.imported', { imported, skipped }));
    } catch (e) {
      report(errorMessage(e), true);
    }
  };

  const exportFile = async (): Promise<void> => {
    try {
      const { text } = await call('schedule:exportIcs');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
      link.download = 'crosslive-schedule.ics';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      report(t('schedule.files.exported', { sessions: props.state.sessions.length }));
    } catch (e) {
      report(errorMessage(e), true);
    }
  };

  const refresh = (): void => {
    setMessage(undefined);
    props.store.refreshTeamCalendar().then(
      () => report(t('schedule.files.teamRead')),
      (e: unknown) => report(errorMessage(e), true),
    );
  };

  return (
    <section aria-labelledby="files-heading" className="schedule__section">
      <h2 id="files-heading">{t('schedule.files.title')}</h2>
      <div className="settings__actions">
        <label className="file-button">
          {t('schedule.files.import')}
          <input
            type="file"
            accept=".ics,text/calendar"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <button type="button" onClick={() => void exportFile()}>
          {t('schedule.files.export')}
        </button>
      </div>
      <h3>{t('schedule.files.team')}</h3>
      <p className="field__hint">{t('schedule.files.teamHint')}</p>
      <SecretField
        name="teamCalendarUrl"
        label="schedule.files.teamUrl"
        stored={secrets?.teamCalendarUrl ?? false}
        onChange={() => {
          void call('secrets:getStatus').then(setSecrets);
          refresh();
        }}
      />
      {teamCalendar.configured && (
        <div className="field__row">
          <button type="button" onClick={refresh}>
            {t('schedule.files.teamRefresh')}
          </button>
          <span className="field__hint">
            {teamCalendar.fetchedAt === null
              ? t('schedule.files.teamNever')
              : t('schedule.files.teamStatus', {
                  events: teamCalendar.events.length,
                  time: props.format.dayTime(teamCalendar.fetchedAt),
                })}
          </span>
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : undefined}>
          {message.text}
        </p>
      )}
    </section>
  );
}
