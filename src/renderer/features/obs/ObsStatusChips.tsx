import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/bidi';
import { useObsState, useObsStats } from './useObs';

const clock = (ms: number): string => {
  const s = Math.floor(ms / 1000);
  return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
};

/** OBS at a glance in the status bar: its frame rate, CPU, stream bitrate, recording time, and drops. */
export function ObsStatusChips() {
  const { t } = useTranslation();
  const state = useObsState();
  const stats = useObsStats();
  if (!state || state.status === 'off') return null;
  if (state.status !== 'connected') {
    return <span className="chip chip--warning">{t('obs.chip.down')}</span>;
  }
  if (!stats) return <span className="chip">{t('obs.chip.connected')}</span>;
  const parts = [
    t('obs.chip.fps', { fps: stats.fps }),
    t('obs.chip.cpu', { percent: stats.cpuPercent }),
    t('obs.chip.skipped', { render: stats.renderSkippedFrames, output: stats.outputSkippedFrames }),
  ];
  if (stats.streamKbps !== null) parts.push(t('obs.chip.bitrate', { kbps: stats.streamKbps }));
  if (stats.recordingMs !== null)
    parts.push(t('obs.chip.recording', { time: isolate(clock(stats.recordingMs)) }));
  return (
    <>
      <span className="chip" aria-label={t('obs.chip.label')}>
        {`OBS · ${parts.join(' · ')}`}
      </span>
      {stats.droppingFrames && (
        <span className="chip chip--warning" role="alert">
          {t('obs.chip.dropping')}
        </span>
      )}
    </>
  );
}
