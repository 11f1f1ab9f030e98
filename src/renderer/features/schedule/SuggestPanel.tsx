import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { marketIds, type MarketId } from '../../../shared/markets/markets';
import type { ScheduleState } from '../../../shared/schedule/scheduleState';
import { sessionEnd } from '../../../shared/schedule/session';
import { suggestSlots, type Suggestion, type SuggestTarget } from '../../../shared/schedule/suggest';
import { useMarketName } from '../markets/useMarketName';
import { useClock } from '../status/useClock';
import type { ScheduleFormat } from './useScheduleFormat';

interface SuggestPanelProps {
  state: ScheduleState;
  format: ScheduleFormat;
  targets: SuggestTarget[];
  onTargetsChange(targets: SuggestTarget[]): void;
  durationMinutes: number;
  onDurationChange(minutes: number): void;
  onCreate(suggestion: Suggestion): void;
}

const durations = [30, 60, 90, 120, 180];
const horizons = [1, 2, 4, 8];

/** Pick markets and a length; the best slots of the coming weeks, with the reasons. */
export function SuggestPanel(props: SuggestPanelProps) {
  const { state, format, targets, durationMinutes } = props;
  const { t } = useTranslation();
  const marketName = useMarketName();
  const now = useClock().getTime();
  const [weeks, setWeeks] = useState(2);

  const request = useDeferredValue({ targets, durationMinutes, weeks, now });
  const suggestions = useMemo(
    () =>
      suggestSlots({
        hostTimeZone: format.hostTimeZone,
        availability: state.availability,
        targets: request.targets,
        peaks: Object.fromEntries(state.peaks.map((p) => [p.market, p.windows])),
        durationMinutes: request.durationMinutes,
        from: request.now,
        weeks: request.weeks,
        busy: [
          ...state.sessions.map((s) => ({ start: s.start, end: sessionEnd(s) })),
          ...state.teamCalendar.events,
        ],
        limit: 8,
      }),
    [format.hostTimeZone, state, request],
  );

  const weightOf = (market: MarketId): number => targets.find((t) => t.market === market)?.weight ?? 0;
  const setWeight = (market: MarketId, weight: number): void =>
    props.onTargetsChange(
      weight === 0
        ? targets.filter((t) => t.market !== market)
        : [...targets.filter((t) => t.market !== market), { market, weight }].sort(
            (a, b) => marketIds.indexOf(a.market) - marketIds.indexOf(b.market),
          ),
    );

  return (
    <section className="schedule__planner" aria-labelledby="suggest-heading">
      <h2 id="suggest-heading">{t('schedule.suggest.title')}</h2>
      <fieldset className="market-weights">
        <legend>{t('schedule.suggest.markets')}</legend>
        {marketIds.map((market) => (
          <label key={market} className="inline-field">
            <span>{marketName(market)}</span>
            <select
              value={weightOf(market)}
              aria-label={t('schedule.suggest.weightOf', { market: marketName(market) })}
              onChange={(event) => setWeight(market, Number(event.target.value))}
            >
              <option value={0}>{t('schedule.suggest.weightNone')}</option>
              <option value={1}>{t('schedule.suggest.weightLow')}</option>
              <option value={2}>{t('schedule.suggest.weightMedium')}</option>
              <option value={3}>{t('schedule.suggest.weightHigh')}</option>
            </select>
          </label>
        ))}
      </fieldset>
      <div className="field__row">
        <label className="inline-field">
          <span>{t('schedule.suggest.length')}</span>
          <select value={durationMinutes} onChange={(e) => props.onDurationChange(Number(e.target.value))}>
            {durations.map((m) => (
              <option key={m} value={m}>
                {format.minutes(m)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{t('schedule.suggest.within')}</span>
          <select value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
            {horizons.map((w) => (
              <option key={w} value={w}>
                {format.weeks(w)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {targets.length === 0 ? (
        <p className="empty">{t('schedule.suggest.chooseMarkets')}</p>
      ) : suggestions.length === 0 ? (
        <p className="empty">{t('schedule.suggest.none')}</p>
      ) : (
        <ol className="suggestions" aria-label={t('schedule.suggest.results')}>
          {suggestions.map((s) => (
            <li key={s.start} className="suggestion">
              <div className="suggestion__head">
                <strong>{format.dayTime(s.start)}</strong>
                <span className="chip">
                  {t('schedule.suggest.score', { percent: Math.round(s.score * 100) })}
                </span>
              </div>
              <ul className="suggestion__why">
                {s.markets.map((m) => (
                  <li key={m.market} className={m.coverage > 0 ? 'at-peak' : 'off-peak'}>
                    {t(m.coverage > 0 ? 'schedule.suggest.atPeak' : 'schedule.suggest.offPeak', {
                      market: marketName(m.market),
                      time: format.range(s.start, s.end, m.timeZone),
                      day: format.day(s.start, m.timeZone),
                      percent: Math.round(m.coverage * 100),
                    })}
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => props.onCreate(s)}>
                {t('schedule.suggest.create')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
