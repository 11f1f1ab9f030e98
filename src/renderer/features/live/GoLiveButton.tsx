import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isOnAir } from '../../../shared/live/goLive';
import { errorMessageKeys } from '../../i18n/errorMessages';
import { useSettings } from '../settings/SettingsContext';
import { useStudio } from '../studio/StudioContext';
import type { LiveRequirement } from '../../../shared/live/liveReadiness';
import { liveRequirementKeys } from './liveRequirementKeys';
import { useShowSetup } from './useShowSetup';

/**
 * "Go live" and "End", for the program as it is composited now. `missing` is what main says the
 * show still lacks (useLiveReadiness; undefined until it has answered).
 */
export function GoLiveButton({ missing }: { missing: LiveRequirement[] | undefined }) {
  const { t, i18n } = useTranslation();
  const [settings] = useSettings();
  const media = useStudio();
  const { show } = media;
  const snapshot = useSyncExternalStore(show.live.subscribe, show.live.getSnapshot);
  const setup = useShowSetup(settings, media.output);
  const configured = missing?.length === 0;
  const missingText =
    missing && missing.length > 0
      ? t('live.missing', {
          what: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
            missing.map((name) => t(liveRequirementKeys[name])),
          ),
        })
      : undefined;
  const busy = snapshot.state === 'connecting' || snapshot.state === 'ending';
  const onAir = isOnAir(snapshot.state);

  // Going live should feel instant: once the studio is idle (and again after each show), get the
  // token and warm the connection.
  const offline = snapshot.state === 'offline';
  // A standby lost while waiting (the server restarted, say) is made again, and one for a new
  // picture (media) when the output format changes.
  const prepared = snapshot.prepared;
  useEffect(() => {
    if (!configured || !offline || prepared) return;
    const handle = requestIdleCallback(() => show.prepare(setup), { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }, [configured, offline, prepared, show, setup, media]);

  return (
    <div className="go-live">
      <button
        type="button"
        className={onAir ? 'go-live__end' : 'go-live__start'}
        disabled={busy || (!onAir && !configured)}
        aria-describedby={missingText ? 'go-live-missing' : undefined}
        onPointerEnter={() => configured && !onAir && show.prepare(setup)}
        onClick={() => (onAir ? void show.end() : show.goLive(setup))}
      >
        {t(onAir ? 'live.end' : 'live.goLive')}
      </button>
      {!onAir && missingText && (
        <span id="go-live-missing" className="go-live__missing">
          {missingText}
        </span>
      )}
      {offline && prepared && (
        <span className="go-live__ready" title={t('live.readyHint')}>
          {t('live.ready')}
        </span>
      )}
      {snapshot.state === 'failed' && snapshot.error && (
        <span role="alert" className="field-error">
          {t(errorMessageKeys[snapshot.error])}
        </span>
      )}
    </div>
  );
}
