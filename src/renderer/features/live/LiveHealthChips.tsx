import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/bidi';
import { useStudio } from '../studio/StudioContext';
import type { TranslationKey } from '../../i18n/i18n';
import type { LinkQuality } from '../../media/live/livePublisher';

const qualityLabels: Record<Exclude<LinkQuality, 'unknown'>, TranslationKey> = {
  excellent: 'live.quality.excellent',
  good: 'live.quality.good',
  poor: 'live.quality.poor',
  lost: 'live.quality.lost',
};

/**
 * While on air: what goes out (bitrate, frame rate, size), the network (round trip, loss, and the
 * server's quality rating of the link), viewers and what their pages say they get (picture height,
 * frame rate, freezes); warnings in words.
 */
export function LiveHealthChips() {
  const { t } = useTranslation();
  const { live } = useStudio().show;
  const { health, quality, reception } = useSyncExternalStore(live.subscribe, live.getSnapshot);
  if (!health) return null;
  const parts = [
    t('live.health.sent', {
      kbps: health.kbps,
      fps: health.fps,
      size: isolate(`${health.width}×${health.height}`),
    }),
    health.rttMs === null ? null : t('live.health.rtt', { ms: health.rttMs }),
    health.lossPercent === null ? null : t('live.health.loss', { percent: health.lossPercent }),
    quality === 'unknown' ? null : t('live.health.quality', { quality: t(qualityLabels[quality]) }),
    t('live.health.viewers', { viewers: health.viewers }),
    reception
      ? t('live.health.viewersGet', {
          height: reception.height,
          fps: reception.fps,
          freezes: reception.freezesPerMinute,
        })
      : null,
  ].filter(Boolean);
  // What viewers report outweighs what is sent: a picture that freezes for them is the host's problem.
  const stuttering = reception !== undefined && (reception.fps < 20 || reception.freezesPerMinute > 3);
  const struggling =
    health.limitation === 'bandwidth' ||
    (health.lossPercent ?? 0) >= 5 ||
    quality === 'poor' ||
    quality === 'lost';
  return (
    <>
      <span className="chip" aria-label={t('live.health.label')}>
        {parts.join(' · ')}
      </span>
      {struggling && (
        <span className="chip chip--warning" role="alert">
          {t('live.health.weakNetwork')}
        </span>
      )}
      {stuttering && (
        <span className="chip chip--warning" role="alert">
          {t('live.health.viewersStutter')}
        </span>
      )}
      {health.limitation === 'cpu' && (
        <span className="chip chip--warning" role="alert">
          {t('live.health.busyComputer')}
        </span>
      )}
    </>
  );
}
