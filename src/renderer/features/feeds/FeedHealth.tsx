import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedState, FeedStatus } from '../../../shared/feeds/feed';
import { errorMessageKeys } from '../../i18n/errorMessages';
import type { TranslationKey } from '../../i18n/i18n';
import { isolate } from '../../i18n/bidi';

const stateKeys: Record<FeedState, TranslationKey> = {
  idle: 'feeds.state.idle',
  connecting: 'feeds.state.connecting',
  live: 'feeds.state.live',
  stalled: 'feeds.state.stalled',
  reconnecting: 'feeds.state.reconnecting',
  failed: 'feeds.state.failed',
};

/** A feed's health as main measures it: state, frame rate, bitrate, size, codec, age of the last picture. */
export function FeedHealth({ status, saved }: { status: FeedStatus | undefined; saved: boolean }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  if (!saved) return <p className="field__hint">{t('feeds.notSaved')}</p>;
  if (!status) return <p className="field__hint">{t('feeds.state.idle')}</p>;
  const age = status.lastFrameAt === null ? null : Math.max(0, now - status.lastFrameAt) / 1000;
  return (
    <section className="feed-health" aria-label={t('feeds.health')}>
      <p role="status" className={`feed-health__state feed-health__state--${status.state}`}>
        {t(stateKeys[status.state])}
      </p>
      {status.error && status.state !== 'live' && (
        <p className="field-error">{t(errorMessageKeys[status.error])}</p>
      )}
      <dl className="feed-health__figures">
        <dt>{t('feeds.fps')}</dt>
        <dd>{status.fps}</dd>
        <dt>{t('feeds.bitrate')}</dt>
        <dd>{t('feeds.kbps', { kbps: status.kbps })}</dd>
        <dt>{t('feeds.resolution')}</dt>
        <dd>{status.width && status.height ? isolate(`${status.width} × ${status.height}`) : '–'}</dd>
        <dt>{t('feeds.codec')}</dt>
        <dd>
          {status.codec ? isolate(status.codec) : '–'}
          {status.transcoding ? ` (${t('feeds.transcoding')})` : ''}
        </dd>
        <dt>{t('feeds.lastPicture')}</dt>
        <dd>{age === null ? '–' : t('feeds.secondsAgo', { seconds: age.toFixed(1) })}</dd>
      </dl>
    </section>
  );
}
