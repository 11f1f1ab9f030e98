import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoLiveState } from '../../../shared/live/goLive';
import type { TranslationKey } from '../../i18n/i18n';
import { useStudio } from '../studio/StudioContext';

const labels: Record<GoLiveState, TranslationKey> = {
  offline: 'live.state.offline',
  connecting: 'live.state.connecting',
  live: 'live.state.live',
  reconnecting: 'live.state.reconnecting',
  ending: 'live.state.ending',
  failed: 'live.state.failed',
};

/** Where the show stands, first thing in the status bar. */
export function LiveStateChip() {
  const { t } = useTranslation();
  const { live } = useStudio().show;
  const { state } = useSyncExternalStore(live.subscribe, live.getSnapshot);
  const tone = state === 'live' ? 'chip--live' : state === 'offline' ? 'chip--offline' : 'chip--warning';
  return (
    <span className={`chip ${tone}`} role="status" aria-label={t('live.stateLabel')}>
      {t(labels[state])}
    </span>
  );
}
