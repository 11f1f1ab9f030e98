import { useMemo } from 'react';
import { publishEncoding } from '../../../shared/live/qualityPresets';
import type { Settings } from '../../../shared/settings/settings';
import type { ShowIdentity } from '../../media/live/livePublisher';

/** Who the studio is in the room and how it publishes, from the settings. */
export function useShowSetup(settings: Settings) {
  return useMemo(() => {
    const show: ShowIdentity = {
      identity: 'studio',
      name: settings.hostDisplayName || undefined,
      mode: settings.liveRoomMode,
    };
    const encoding = publishEncoding(settings.outputResolution, settings.liveQuality, settings.outputFps);
    return { show, encoding, codec: settings.liveVideoCodec };
  }, [settings]);
}
