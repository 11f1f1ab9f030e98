import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isOnAir } from '../../../shared/live/goLive';
import { errorMessageKeys } from '../../i18n/errorMessages';
import { useSettings } from '../settings/SettingsContext';
import { useStudio } from '../studio/StudioContext';

/** "Go live" and "End", for the program as it is composited now. */
export function GoLiveButton() {
  const { t } = useTranslation();
  const [settings] = useSettings();
  const media = useStudio();
  const { live } = media;
  const snapshot = useSyncExternalStore(live.subscribe, live.getSnapshot);
  const busy = snapshot.state === 'connecting' || snapshot.state === 'ending';
  const onAir = isOnAir(snapshot.state);
  const goLive = (): void => {
    const [, height = 1080] = settings.outputResolution.split('x').map(Number);
    void live.goLive({
      url: settings.livekitUrl,
      room: settings.livekitRoom,
      identity: settings.hostDisplayName || 'studio',
      video: media.compositor.output.getVideoTracks()[0] as MediaStreamTrack,
      audio: media.audio.track,
      output: { height, fps: settings.outputFps },
    });
    // A show is never without its local copy.
    media.startBackup();
  };
  return (
    <div className="go-live">
      <button
        type="button"
        className={onAir ? 'go-live__end' : 'go-live__start'}
        disabled={busy || (!onAir && settings.livekitUrl === '')}
        title={settings.livekitUrl === '' ? t('live.needsServer') : undefined}
        onClick={() => (onAir ? void live.end() : goLive())}
      >
        {t(onAir ? 'live.end' : 'live.goLive')}
      </button>
      {snapshot.state === 'failed' && snapshot.error && (
        <span role="alert" className="field-error">
          {t(errorMessageKeys[snapshot.error])}
        </span>
      )}
    </div>
  );
}
