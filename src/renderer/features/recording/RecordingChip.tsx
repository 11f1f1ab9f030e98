import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/bidi';
import { useClock } from '../status/useClock';
import { useStudio } from '../studio/StudioContext';

/** "REC 12:30 · 45 MB" in the status bar while the backup records. */
export function RecordingChip() {
  const { t } = useTranslation();
  const { backup } = useStudio().show;
  const state = useSyncExternalStore(backup.subscribe, backup.getSnapshot);
  const now = useClock().getTime();
  if (state.status !== 'recording') return null;
  const minutes = Math.max(0, Math.floor((now - state.info.startedAt) / 60_000));
  return (
    <span className="chip chip--live" aria-label={t('recording.chipLabel')}>
      {t('recording.chip', {
        minutes: isolate(String(minutes)),
        megabytes: isolate((state.info.bytes / 1_000_000).toFixed(0)),
      })}
    </span>
  );
}
