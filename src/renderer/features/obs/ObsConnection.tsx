import { useTranslation } from 'react-i18next';
import type { ObsState } from '../../../shared/obs/obsState';
import { errorMessageKeys } from '../../i18n/errorMessages';
import { isolate } from '../../i18n/bidi';
import { useObsStore } from './useObs';

/** Where the link to OBS stands, in words, with the one button that helps. */
export function ObsConnection({
  state,
  run,
}: {
  state: ObsState;
  run(action: () => Promise<unknown>): void;
}) {
  const { t } = useTranslation();
  const store = useObsStore();
  const address = isolate(state.address);
  const line =
    state.status === 'connected'
      ? t('obs.status.connected', { version: isolate(state.obsWebSocketVersion ?? '') })
      : state.status === 'connecting'
        ? t('obs.status.connecting', { address })
        : state.status === 'reconnecting'
          ? t('obs.status.reconnecting', { attempt: state.attempt })
          : state.status === 'failed'
            ? t('obs.status.failed')
            : t('obs.status.off');
  return (
    <div className="obs-connection">
      <p role="status" className={`obs-connection__state obs-connection__state--${state.status}`}>
        {line}
      </p>
      {state.failure && state.status !== 'connected' && (
        <p className="field-error">{t(errorMessageKeys[state.failure])}</p>
      )}
      <div className="field__row">
        {state.status === 'off' || state.status === 'failed' ? (
          <button type="button" onClick={() => run(() => store.connect())}>
            {t('obs.connect')}
          </button>
        ) : (
          <>
            {state.status === 'reconnecting' && (
              <button type="button" onClick={() => run(() => store.connect())}>
                {t('obs.reconnectNow')}
              </button>
            )}
            <button type="button" onClick={() => run(() => store.disconnect())}>
              {t('obs.disconnect')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
