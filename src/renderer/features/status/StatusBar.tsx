import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../shared/i18n/format';
import { isolate, isolatedSize } from '../../i18n/bidi';
import type { AppInfo } from '../../boot';
import { useSettings } from '../settings/SettingsContext';
import { ObsStatusChips } from '../obs/ObsStatusChips';
import { LiveHealthChips } from '../live/LiveHealthChips';
import { LiveStateChip } from '../live/LiveStateChip';
import { RecordingChip } from '../recording/RecordingChip';
import { useStudio } from '../studio/StudioContext';
import { useClock } from './useClock';
import { useTranslationReach } from './useTranslationReach';

/** Live state, output format, the host's local time and warnings, always in view. */
export function StatusBar({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const [settings] = useSettings();
  const now = useClock();
  const reach = useTranslationReach(settings);
  const languageNames = new Intl.DisplayNames([settings.language], { type: 'language' });
  // What goes out: the format the picture was made for, and a newer one that waits for the show's end.
  const { output } = useStudio();
  const waiting =
    settings.outputResolution !== output.outputResolution || settings.outputFps !== output.outputFps;

  return (
    <footer className="statusbar">
      <LiveStateChip />
      <LiveHealthChips />
      <span>
        {t('status.output', { size: isolatedSize(output.outputResolution), fps: output.outputFps })}
      </span>
      {waiting && (
        <span className="chip">
          {t('status.outputAfterShow', {
            size: isolatedSize(settings.outputResolution),
            fps: settings.outputFps,
          })}
        </span>
      )}
      <span>
        {t('status.localTime', {
          time: isolate(formatTime(now, settings.language, settings.hostTimeZone)),
          zone: isolate(settings.hostTimeZone),
        })}
      </span>
      <RecordingChip />
      <ObsStatusChips />
      {!info.secretsEncrypted && <span className="chip chip--warning">{t('status.secretsUnencrypted')}</span>}
      {reach && !reach.reaches && (
        <span className="chip chip--warning" role="status">
          {t('status.untranslated', { language: languageNames.of(reach.host) ?? reach.host })}
        </span>
      )}
      <span className="statusbar__version">{t('status.version', { version: isolate(info.version) })}</span>
    </footer>
  );
}
