import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { marketById, marketIds, type MarketId } from '../../../shared/markets/markets';
import { MarketSelect } from '../markets/MarketSelect';
import { peakWindowSchema, type MarketPeaks, type PeakWindow } from '../../../shared/schedule/peakHours';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import type { ScheduleStore } from './scheduleStore';
import { WindowsEditor } from './WindowsEditor';

/** Each market's peak hours, on its own clock; shipped defaults until the host edits them. */
export function PeakHoursEditor({
  peaks,
  store,
  language,
}: {
  peaks: readonly MarketPeaks[];
  store: ScheduleStore;
  language: string;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [market, setMarket] = useState<MarketId>(marketIds[0]);
  const stored = peaks.find((p) => p.market === market);
  const [draft, setDraft] = useState<{ market: MarketId; windows: PeakWindow[] }>();
  const windows = draft?.market === market ? draft.windows : (stored?.windows ?? []);
  const [message, setMessage] = useState<string>();

  const run = (action: Promise<void>): void => {
    setMessage(undefined);
    action.then(
      () => {
        setDraft(undefined);
        setMessage(t('schedule.peaks.saved'));
      },
      (e: unknown) => setMessage(errorMessage(e)),
    );
  };
  const valid = windows.every((w) => peakWindowSchema.safeParse(w).success);

  return (
    <section aria-labelledby="peaks-heading" className="schedule__section">
      <h2 id="peaks-heading">{t('schedule.peaks.title')}</h2>
      <label className="inline-field">
        <span>{t('schedule.peaks.market')}</span>
        <MarketSelect value={market} onChange={setMarket} />
      </label>
      <p className="field__hint">
        {t('schedule.peaks.localClock', { zone: marketById(market).timeZone })}
        {stored?.edited ? '' : ` · ${t('schedule.peaks.defaults')}`}
      </p>
      <WindowsEditor
        windows={windows}
        language={language}
        withWeight
        label={t('schedule.peaks.title')}
        onChange={(next) => setDraft({ market, windows: next })}
        newWindow={() => ({ days: [1, 2, 3, 4, 5], start: 19 * 60, end: 22 * 60, weight: 1 })}
      />
      {!valid && <p className="field-error">{t('schedule.windows.invalid')}</p>}
      <div className="settings__actions">
        <button
          type="button"
          disabled={!valid || !draft}
          onClick={() => run(store.savePeaks(market, windows))}
        >
          {t('schedule.peaks.save')}
        </button>
        <button type="button" disabled={!stored?.edited} onClick={() => run(store.resetPeaks(market))}>
          {t('schedule.peaks.reset')}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
