import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DestinationInfo } from '../../../shared/outputs/destination';
import type { DestinationStatus } from '../../../shared/outputs/outputStatus';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { errorMessageKeys } from '../../i18n/errorMessages';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { useMarketName } from '../markets/useMarketName';
import { DestinationHealth } from './DestinationHealth';
import { canvasLabel, platformNameKeys } from './outputLabels';

interface DestinationRowProps {
  info: DestinationInfo;
  status: DestinationStatus;
  onEdit(): void;
}

type TestReport = ResponseOf<'outputs:test'>;

/** One destination in the dock: what it is, its health, and its buttons. */
export function DestinationRow({ info, status, onEdit }: DestinationRowProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const marketName = useMarketName();
  const [error, setError] = useState<string>();
  const [testing, setTesting] = useState(false);
  const [report, setReport] = useState<TestReport>();
  const { destination } = info;
  const onAir = status.state !== 'off' && status.state !== 'failed';
  const act = (action: () => Promise<unknown>) => (): void => {
    setError(undefined);
    action().catch((e: unknown) => setError(errorMessage(e)));
  };
  const test = (): void => {
    setTesting(true);
    setReport(undefined);
    setError(undefined);
    call('outputs:test', { id: destination.id })
      .then(setReport, (e: unknown) => setError(errorMessage(e)))
      .finally(() => setTesting(false));
  };

  return (
    <li className="destination" data-destination={destination.id} aria-label={destination.name}>
      <div className="destination__head">
        <label className="destination__toggle" title={t('outputs.enabledHint')}>
          <input
            type="checkbox"
            checked={destination.enabled}
            onChange={act(() =>
              call('outputs:setEnabled', { id: destination.id, enabled: !destination.enabled }),
            )}
          />
          <bdi className="destination__name">{destination.name}</bdi>
        </label>
        <span className="muted">
          {t(platformNameKeys[destination.platform])} · {marketName(destination.market)} ·{' '}
          {canvasLabel(t, destination.canvas)}
        </span>
      </div>
      <DestinationHealth status={status} />
      {!info.hasStreamKey && destination.platform !== 'srt' && (
        <p className="field__hint">{t('outputs.noKeyYet')}</p>
      )}
      {report && (
        <p className={report.reached ? 'destination__report' : 'field-error'} role="status">
          {report.reached
            ? t('outputs.testPassed', { ms: Math.round(report.firstMediaMs ?? 0), kbps: report.kbps })
            : t('outputs.testFailed', { reason: t(errorMessageKeys[report.error ?? 'OUTPUT_UNREACHABLE']) })}
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="destination__actions">
        {onAir ? (
          <button
            type="button"
            data-action="stop"
            onClick={act(() => call('outputs:stop', { ids: [destination.id] }))}
          >
            {t('outputs.stop')}
          </button>
        ) : (
          <button
            type="button"
            data-action="start"
            disabled={testing}
            onClick={act(() => call('outputs:start', { ids: [destination.id] }))}
          >
            {t('outputs.start')}
          </button>
        )}
        <button type="button" data-action="test" disabled={onAir || testing} onClick={test}>
          {t(testing ? 'outputs.testRunning' : 'outputs.test')}
        </button>
        <button type="button" data-action="edit" disabled={onAir} onClick={onEdit}>
          {t('outputs.edit')}
        </button>
        <button
          type="button"
          data-action="remove"
          disabled={onAir}
          onClick={act(async () => {
            if (window.confirm(t('outputs.confirmRemove', { name: destination.name })))
              await call('outputs:delete', { id: destination.id });
          })}
        >
          {t('outputs.remove')}
        </button>
      </div>
    </li>
  );
}
