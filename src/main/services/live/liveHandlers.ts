import type { DomainHandlers } from '../../ipc/router';
import { randomBytes } from 'node:crypto';
import { missingForLive } from '../../../shared/live/liveReadiness';
import { roomModeAttribute, roomModes } from '../../../shared/live/roomModes';
import type { SecretStore } from '../secrets/secretStore';
import type { SettingsService } from '../settings/settingsService';
import { testLiveConnection } from './connectionTest';
import type { LiveCredentials } from './liveCredentials';
import type { ViewerPageServer } from './viewerPageServer';

export function liveHandlers(deps: {
  settings: SettingsService;
  secrets: SecretStore;
  credentials: LiveCredentials;
  viewerPage: ViewerPageServer;
}): DomainHandlers<'live'> {
  const { settings, secrets, credentials, viewerPage } = deps;
  return {
    'live:createToken': (request) => {
      // The room mode is main's to say (a setting), not the page's: viewer pages read it from the
      // studio's attributes, and the studio's token sets the room's playout delay for it.
      const mode = request.role === 'host' ? settings.getAll().liveRoomMode : undefined;
      return credentials.create({
        ...request,
        attributes: mode ? { [roomModeAttribute]: mode } : undefined,
        playoutDelayMs: mode ? roomModes[mode].playoutDelayMs : undefined,
      });
    },
    'live:readiness': () => ({
      missing: missingForLive(settings.getAll(), secrets.status().livekitApiSecret),
    }),
    'live:testConnection': async () =>
      testLiveConnection(await credentials.create({ identity: 'crosslive-connection-test', role: 'host' })),
    'live:getViewerPage': async () => ({ url: await viewerPage.url() }),
    'live:createInvite': async ({ name }) => {
      const join = await credentials.create({
        identity: `guest-${randomBytes(4).toString('hex')}`,
        name,
        role: 'guest',
      });
      // In the fragment: never sent to a server, never in its logs.
      const fragment = new URLSearchParams({ server: join.serverUrl, invite: join.token });
      return { url: `${await viewerPage.url()}#${fragment.toString()}` };
    },
  };
}
