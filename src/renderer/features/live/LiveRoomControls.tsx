import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isOnAir } from '../../../shared/live/goLive';
import { roomModes } from '../../../shared/live/roomModes';
import { liveRoomModes, type LiveRoomMode } from '../../../shared/settings/settings';
import type { TranslationKey } from '../../i18n/i18n';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { useSettings } from '../settings/SettingsContext';
import { useStudio } from '../studio/StudioContext';
import { GuestAudio } from './GuestAudio';

const modeLabels: Record<LiveRoomMode, TranslationKey> = {
  show: 'live.modes.show',
  consultation: 'live.modes.consultation',
  voice: 'live.modes.voice',
  showcase: 'live.modes.showcase',
};

/**
 * The room's mode, the viewer page (to watch as viewers do) and guest invitations; `liveReady`
 * when main says nothing the show needs is missing (useLiveReadiness).
 */
export function LiveRoomControls({ liveReady }: { liveReady: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [settings, store] = useSettings();
  const { live } = useStudio().show;
  const { state } = useSyncExternalStore(live.subscribe, live.getSnapshot);
  const guests = useSyncExternalStore(live.guests.subscribe, live.guests.getSnapshot);
  const [guestName, setGuestName] = useState('');
  const [invite, setInvite] = useState<string>();
  const [error, setError] = useState<string>();
  const rules = roomModes[settings.liveRoomMode];

  const run = (task: Promise<unknown>): void => {
    setError(undefined);
    task.catch((e: unknown) => setError(errorMessage(e)));
  };
  const openViewerPage = async (): Promise<void> => {
    const { url } = await call('live:getViewerPage');
    await call('shell:openExternal', { url });
  };
  const createInvite = async (): Promise<void> => {
    const { url } = await call('live:createInvite', { name: guestName.trim() });
    setInvite(url);
  };

  return (
    <div className="live-room" role="group" aria-label={t('live.mode')}>
      <select
        aria-label={t('live.mode')}
        value={settings.liveRoomMode}
        disabled={isOnAir(state) || state === 'connecting'}
        onChange={(e) => run(store.update({ liveRoomMode: e.target.value as LiveRoomMode }))}
      >
        {liveRoomModes.map((mode) => (
          <option key={mode} value={mode}>
            {t(modeLabels[mode])}
          </option>
        ))}
      </select>
      <button type="button" disabled={!liveReady} onClick={() => run(openViewerPage())}>
        {t('live.viewerPage')}
      </button>
      {rules.guests !== 'none' && (
        <form
          className="live-room__invite"
          onSubmit={(e) => {
            e.preventDefault();
            run(createInvite());
          }}
        >
          <input
            aria-label={t('live.guestName')}
            placeholder={t('live.guestName')}
            value={guestName}
            maxLength={64}
            onChange={(e) => setGuestName(e.target.value)}
          />
          <button
            type="submit"
            disabled={!liveReady || guestName.trim() === '' || guests.length >= rules.maxGuests}
          >
            {t('live.invite')}
          </button>
        </form>
      )}
      {invite && (
        <input readOnly aria-label={t('live.guestLink')} value={invite} onFocus={(e) => e.target.select()} />
      )}
      <GuestAudio />
      {guests.length > 0 && (
        <span className="chip">{t('live.guests', { names: guests.map((g) => g.name).join(', ') })}</span>
      )}
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
