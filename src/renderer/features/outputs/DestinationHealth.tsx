import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DestinationStatus } from '../../../shared/outputs/outputStatus';
import { errorMessageKeys } from '../../i18n/errorMessages';
import { isolate } from '../../i18n/bidi';
import { destinationStateKeys } from './outputLabels';

/** h:mm:ss, as a broadcast clock reads in every language. */
function clock(seconds: number): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/** A destination's chips: its state, and while it streams bitrate, frame rate, drops, uptime and reconnects. */
export function DestinationHealth({ status }: { status: DestinationStatus }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const streaming = status.state === 'live';
  useEffect(() => {
    if (!streaming) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [streaming]);
  const uptime = status.liveSince === null ? 0 : Math.max(0, Math.round((now - status.liveSince) / 1000));
  return (
    <div className="destination-health">
      <span className={`chip chip--${status.state}`} data-state={status.state}>
        {t(destinationStateKeys[status.state])}
        {status.testing ? ` · ${t('outputs.testing')}` : ''}
      </span>
      {streaming && status.restreamed && <span className="chip">{t('outputs.health.restreamed')}</span>}
      {streaming && !status.restreamed && (
        <>
          <span className="chip">{t('outputs.health.bitrate', { kbps: status.kbps })}</span>
          <span className="chip">{t('outputs.health.fps', { fps: status.fps })}</span>
          <span className={`chip${status.droppedFrames > 0 ? ' chip--warning' : ''}`}>
            {t('outputs.health.dropped', { frames: status.droppedFrames })}
          </span>
          <span className="chip">{t('outputs.health.uptime', { time: isolate(clock(uptime)) })}</span>
        </>
      )}
      {status.waitingForShow && status.state === 'connecting' && (
        <p className="muted">{t('outputs.health.waitingForShow')}</p>
      )}
      {status.reconnects > 0 && (
        <span className="chip">{t('outputs.health.reconnects', { times: status.reconnects })}</span>
      )}
      {status.error && status.state !== 'live' && (
        <p className="field-error" role={status.state === 'failed' ? 'alert' : undefined}>
          {t(errorMessageKeys[status.error])}
        </p>
      )}
    </div>
  );
}
