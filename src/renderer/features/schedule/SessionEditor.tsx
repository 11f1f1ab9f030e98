import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/catalog/product';
import { marketById, marketIds, overlayLanguages } from '../../../shared/markets/markets';
import type { Scene } from '../../../shared/scenes/model';
import { instantFromLocal, localFromInstant } from '../../../shared/schedule/localTime';
import { sessionEnd, sessionSchema, type Session } from '../../../shared/schedule/session';
import { formatClockTime, parseClockTime } from '../../../shared/schedule/weeklyWindow';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { useMarketName } from '../markets/useMarketName';
import { CheckboxGrid } from './CheckboxGrid';
import type { ScheduleFormat } from './useScheduleFormat';

interface SessionEditorProps {
  session: Session;
  isNew: boolean;
  conflict: boolean;
  products: readonly Product[];
  scenes: readonly Scene[];
  format: ScheduleFormat;
  onSave(session: Session): Promise<void>;
  onDelete(id: string): Promise<void>;
  onStart(session: Session): void;
  onClose(): void;
}

const reminderChoices = [0, 5, 10, 15, 30, 60];

/** One session: when, for whom, and its run of show. */
export function SessionEditor(props: SessionEditorProps) {
  const { format } = props;
  const { t } = useTranslation();
  const marketName = useMarketName();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [draft, setDraft] = useState(props.session);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const local = localFromInstant(format.hostTimeZone, draft.start);
  const languageName = new Intl.DisplayNames(format.language, { type: 'language' });

  const update = (change: Partial<Session>): void => {
    setDraft({ ...draft, ...change });
    setError(undefined);
  };
  const setLocalStart = (date: string, minutes: number | undefined): void => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || minutes === undefined) return;
    update({ start: instantFromLocal(format.hostTimeZone, date, minutes) });
  };

  const save = async (): Promise<void> => {
    const parsed = sessionSchema.safeParse(draft);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0];
      setError(
        field === 'title'
          ? t('schedule.session.errors.title')
          : field === 'markets'
            ? t('schedule.session.errors.markets')
            : t('schedule.session.errors.invalid'),
      );
      return;
    }
    setSaving(true);
    try {
      await props.onSave(parsed.data);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="session-editor"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id={`${id}-heading`}>{t(props.isNew ? 'schedule.session.new' : 'schedule.session.edit')}</h2>
      {props.conflict && <p className="notice--warning">{t('schedule.session.conflict')}</p>}
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('schedule.session.title')}</label>
        <input
          id={`${id}-title`}
          value={draft.title}
          dir="auto"
          maxLength={120}
          onChange={(e) => update({ title: e.target.value })}
        />
      </div>
      <div className="field__row">
        <label className="inline-field">
          <span>{t('schedule.session.date')}</span>
          <input
            type="date"
            value={local.date}
            onChange={(e) => setLocalStart(e.target.value, local.minutes)}
          />
        </label>
        <label className="inline-field">
          <span>{t('schedule.session.time')}</span>
          <input
            type="time"
            step={900}
            value={formatClockTime(local.minutes)}
            onChange={(e) => setLocalStart(local.date, parseClockTime(e.target.value))}
          />
        </label>
        <label className="inline-field">
          <span>{t('schedule.session.duration')}</span>
          <input
            type="number"
            min={15}
            max={720}
            step={15}
            value={draft.durationMinutes}
            onChange={(e) => update({ durationMinutes: Number(e.target.value) })}
          />
        </label>
      </div>
      <p className="field__hint">{t('schedule.session.hostZone', { zone: format.hostTimeZone })}</p>

      <fieldset>
        <legend>{t('schedule.session.markets')}</legend>
        <CheckboxGrid
          options={marketIds}
          chosen={draft.markets}
          label={marketName}
          onChange={(markets) => update({ markets })}
        />
        {draft.markets.length > 0 && (
          <ul className="local-times" aria-label={t('schedule.session.localTimes')}>
            {draft.markets.map((market) => {
              const zone = marketById(market).timeZone;
              return (
                <li key={market}>
                  {t('schedule.session.localTime', {
                    market: marketName(market),
                    day: format.day(draft.start, zone),
                    time: format.range(draft.start, sessionEnd(draft), zone),
                  })}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('schedule.session.products')}</legend>
        {props.products.length === 0 && <p className="empty">{t('schedule.session.noProducts')}</p>}
        <CheckboxGrid
          options={props.products.map((p) => p.id)}
          chosen={draft.productIds}
          label={(id) => props.products.find((p) => p.id === id)?.name ?? id}
          onChange={(productIds) => update({ productIds })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('schedule.session.scenes')}</legend>
        <CheckboxGrid
          options={props.scenes.map((scene) => scene.id)}
          chosen={draft.sceneIds}
          label={(id) => props.scenes.find((scene) => scene.id === id)?.name ?? id}
          onChange={(sceneIds) => update({ sceneIds })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('schedule.session.languages')}</legend>
        <CheckboxGrid
          options={overlayLanguages}
          chosen={draft.languages}
          label={(language) => languageName.of(language) ?? language}
          onChange={(languages) => update({ languages })}
        />
      </fieldset>

      <div className="field__row">
        <label className="inline-field">
          <span>{t('schedule.session.reminder')}</span>
          <select
            value={draft.reminderMinutes}
            onChange={(e) => update({ reminderMinutes: Number(e.target.value) })}
          >
            {reminderChoices.map((m) => (
              <option key={m} value={m}>
                {m === 0
                  ? t('schedule.session.noReminder')
                  : t('schedule.session.before', { duration: format.minutes(m) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('schedule.session.notes')}</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          maxLength={2000}
          value={draft.notes}
          onChange={(e) => update({ notes: e.target.value })}
        />
      </div>

      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="settings__actions">
        <button type="submit" disabled={saving}>
          {t('schedule.session.save')}
        </button>
        {!props.isNew && (
          <>
            <button type="button" onClick={() => props.onStart(draft)}>
              {t('schedule.session.start')}
            </button>
            <button
              type="button"
              onClick={() => props.onDelete(draft.id).catch((e: unknown) => setError(errorMessage(e)))}
            >
              {t('schedule.session.delete')}
            </button>
          </>
        )}
        <button type="button" onClick={props.onClose}>
          {t('schedule.session.close')}
        </button>
      </div>
    </form>
  );
}
