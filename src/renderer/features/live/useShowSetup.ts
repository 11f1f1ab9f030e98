import { useMemo } from 'react';
import { publishEncoding } from '../../../shared/live/qualityPresets';
import type { Settings } from '../../../shared/settings/settings';
import type { ShowIdentity } from '../../media/live/livePublisher';
import type { ShowSetup } from '../../media/live/liveShow';
import type { OutputFormat } from '../studio/studioMedia';

/** Who the studio is in the room and how it publishes: the settings, for the picture's own format. */
export function useShowSetup(settings: Settings, output: OutputFormat): ShowSetup {
  return useMemo(() => {
    const show: ShowIdentity = {
      identity: 'studio',
      name: settings.hostDisplayName || undefined,
      mode: settings.liveRoomMode,
    };
    const encoding = publishEncoding(output.outputResolution, settings.liveQuality, output.outputFps);
    return { show, encoding, codec: settings.liveVideoCodec };
  }, [settings, output]);
}
