import { useTranslation } from 'react-i18next';
import {
  isoWeekdays,
  formatClockTime,
  parseClockTime,
  type WeeklyWindow,
} from '../../../shared/schedule/weeklyWindow';

interface WindowsEditorProps<W extends WeeklyWindow> {
  windows: readonly W[];
  language: string;
  /** Shown when windows carry a weight (peak hours); hidden for availability. */
  withWeight: boolean;
  onChange(windows: W[]): void;
  newWindow(): W;
  label: string;
}

const weights = [0.25, 0.5, 0.75, 1];

/** Rows of weekly windows: days, from, to (past midnight allowed), and a strength. */
export function WindowsEditor<W extends WeeklyWindow & { weight?: number }>(props: WindowsEditorProps<W>) {
  const { t } = useTranslation();
  // 2024-01-01 was a Monday: ISO weekday d is January d.
  const dayName = new Intl.DateTimeFormat(props.language, { weekday: 'short', timeZone: 'UTC' });
  const nameOf = (day: number): string => dayName.format(Date.UTC(2024, 0, day));
  const replace = (index: number, change: Partial<W>): void =>
    props.onChange(props.windows.map((w, i) => (i === index ? { ...w, ...change } : w)));

  return (
    <div className="windows-editor" role="group" aria-label={props.label}>
      {props.windows.map((window, index) => (
        <div
          key={index}
          className="windows-editor__row"
          role="group"
          aria-label={t('schedule.windows.row', { number: index + 1 })}
        >
          <div className="windows-editor__days">
            {isoWeekdays.map((day) => (
              <label key={day}>
                <input
                  type="checkbox"
                  checked={window.days.includes(day)}
                  onChange={(e) =>
                    replace(index, {
                      days: e.target.checked
                        ? [...window.days, day].sort()
                        : window.days.filter((d) => d !== day),
                    } as Partial<W>)
                  }
                />
                {nameOf(day)}
              </label>
            ))}
          </div>
          <label className="inline-field">
            <span>{t('schedule.windows.from')}</span>
            <input
              type="time"
              step={900}
              value={formatClockTime(window.start)}
              onChange={(e) => {
                const start = parseClockTime(e.target.value);
                if (start !== undefined && start < 1440) replace(index, { start } as Partial<W>);
              }}
            />
          </label>
          <label className="inline-field">
            <span>{t('schedule.windows.to')}</span>
            <input
              type="time"
              step={900}
              value={formatClockTime(window.end % 1440)}
              onChange={(e) => {
                const end = parseClockTime(e.target.value);
                // 00:00 as an end means midnight at the end of the day.
                if (end !== undefined) replace(index, { end: end === 0 ? 1440 : end } as Partial<W>);
              }}
            />
          </label>
          {props.withWeight && (
            <label className="inline-field">
              <span>{t('schedule.windows.strength')}</span>
              <select
                value={window.weight ?? 1}
                onChange={(e) => replace(index, { weight: Number(e.target.value) } as Partial<W>)}
              >
                {weights.map((w) => (
                  <option key={w} value={w}>
                    {`${Math.round(w * 100)}%`}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" onClick={() => props.onChange(props.windows.filter((_, i) => i !== index))}>
            {t('schedule.windows.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => props.onChange([...props.windows, props.newWindow()])}>
        {t('schedule.windows.add')}
      </button>
    </div>
  );
}
