import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../shared/i18n/format';
import { isolate } from '../../i18n/bidi';
import type { AppInfo } from '../../boot';
import { useSettings } from '../settings/SettingsContext';
import { ObsStatusChips } from '../obs/ObsStatusChips';
import { LiveHealthChips } from '../live/LiveHealthChips';
import { LiveStateChip } from '../live/LiveStateChip';
import { RecordingChip } from '../recording/RecordingChip';
import { useClock } from './useClock';

/** Live state, output format, the host's local time and warnings, always in view. */
export function StatusBar({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const [settings] = useSettings();
  const now = useClock();
  const [width, height] = settings.outputResolution.split('x');

  return (
    <footer className="statusbar">
      <LiveStateChip />
      <LiveHealthChips />
      <span>{t('status.output', { size: isolate(`${width} × ${height}`), fps: settings.outputFps })}</span>
      <span>
        {t('status.localTime', {
          time: isolate(formatTime(now, settings.language, settings.hostTimeZone)),
          zone: isolate(settings.hostTimeZone),
        })}
      </span>
      <RecordingChip />
      <ObsStatusChips />
      {!info.secretsEncrypted && <span className="chip chip--warning">{t('status.secretsUnencrypted')}</span>}
      <span className="statusbar__version">{t('status.version', { version: isolate(info.version) })}</span>
    </footer>
  );
}
