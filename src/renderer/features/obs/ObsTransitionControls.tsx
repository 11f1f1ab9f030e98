import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObsState } from '../../../shared/obs/obsState';
import { call } from '../../ipc/studio';

/** Studio mode, the transition and its length, and the button that takes preview to program. */
export function ObsTransitionControls({
  state,
  run,
}: {
  state: ObsState;
  run(action: () => Promise<unknown>): void;
}) {
  const { t } = useTranslation();
  const [duration, setDuration] = useState(state.transitionMs);
  return (
    <div className="obs-transition">
      {/* A toggle button, not a checkbox: it shows OBS's state, which changes when OBS says so. */}
      <button
        type="button"
        aria-pressed={state.studioMode}
        onClick={() => run(() => call('obs:setStudioMode', { enabled: !state.studioMode }))}
      >
        {t('obs.studioMode')}
      </button>
      <div className="field__row">
        <select
          aria-label={t('obs.transition')}
          value={state.transition ?? ''}
          onChange={(e) =>
            run(() => call('obs:setTransition', { name: e.target.value, durationMs: duration }))
          }
        >
          {state.transitions.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <label className="inline-field">
          <span>{t('obs.transitionMs')}</span>
          <input
            type="number"
            min={0}
            max={20000}
            step={50}
            value={duration}
            onChange={(e) => setDuration(Number(e.target.value))}
            onBlur={() =>
              state.transition &&
              run(() => call('obs:setTransition', { name: state.transition ?? '', durationMs: duration }))
            }
          />
        </label>
        {state.studioMode && (
          <button type="button" onClick={() => run(() => call('obs:transitionToProgram'))}>
            {t('obs.transitionNow')}
          </button>
        )}
      </div>
    </div>
  );
}
