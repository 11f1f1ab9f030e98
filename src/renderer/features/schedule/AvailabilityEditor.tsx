import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostAvailabilitySchema, type HostAvailability } from '../../../shared/schedule/availability';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import type { ScheduleStore } from './scheduleStore';
import { WindowsEditor } from './WindowsEditor';

/** When the host can be on camera, on the host's own clock, and the days off. */
export function AvailabilityEditor(props: {
  availability: HostAvailability;
  store: ScheduleStore;
  language: string;
  hostTimeZone: string;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<HostAvailability>();
  const [dayOff, setDayOff] = useState('');
  const [message, setMessage] = useState<string>();
  const current = draft ?? props.availability;
  const valid = hostAvailabilitySchema.safeParse(current).success;

  const save = (): void => {
    setMessage(undefined);
    props.store.saveAvailability(current).then(
      () => {
        setDraft(undefined);
        setMessage(t('schedule.peaks.saved'));
      },
      (e: unknown) => setMessage(errorMessage(e)),
    );
  };

  return (
    <section aria-labelledby="availability-heading" className="schedule__section">
      <h2 id="availability-heading">{t('schedule.availability.title')}</h2>
      <p className="field__hint">{t('schedule.availability.hostClock', { zone: props.hostTimeZone })}</p>
      <WindowsEditor
        windows={current.workingHours}
        language={props.language}
        withWeight={false}
        label={t('schedule.availability.hours')}
        onChange={(workingHours) => setDraft({ ...current, workingHours })}
        newWindow={() => ({ days: [1, 2, 3, 4, 5], start: 9 * 60, end: 18 * 60 })}
      />
      <fieldset>
        <legend>{t('schedule.availability.daysOff')}</legend>
        <ul className="list">
          {current.daysOff.map((day) => (
            <li key={day} className="list__row">
              <span className="list__main">{day}</span>
              <button
                type="button"
                onClick={() => setDraft({ ...current, daysOff: current.daysOff.filter((d) => d !== day) })}
              >
                {t('schedule.windows.remove')}
              </button>
            </li>
          ))}
        </ul>
        <div className="field__row">
          <input
            type="date"
            aria-label={t('schedule.availability.dayOff')}
            value={dayOff}
            onChange={(e) => setDayOff(e.target.value)}
          />
          <button
            type="button"
            disabled={!/^\d{4}-\d{2}-\d{2}$/.test(dayOff) || current.daysOff.includes(dayOff)}
            onClick={() => {
              setDraft({ ...current, daysOff: [...current.daysOff, dayOff].sort() });
              setDayOff('');
            }}
          >
            {t('schedule.availability.addDayOff')}
          </button>
        </div>
      </fieldset>
      {!valid && <p className="field-error">{t('schedule.windows.invalid')}</p>}
      <div className="settings__actions">
        <button type="button" disabled={!valid || !draft} onClick={save}>
          {t('schedule.peaks.save')}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
